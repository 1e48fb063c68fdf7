/**
 * The rules of the grievance channel through which migrants, refugees and the organisations that
 * help them report how an agreement is carried out on the ground: the kinds of complaint and how
 * soon each must be answered (detention and return cannot wait a month), the steps a complaint
 * goes through from receipt to resolution or reasoned rejection, when an unanswered complaint is
 * escalated, the receipt code that lets an anonymous complainant follow it, and how the public
 * statistics are made safe to publish: no count below five is shown, so that nobody can be
 * recognised from a small number in a small place. Plain Java.
 */
package org.pactum.core.grievances;
