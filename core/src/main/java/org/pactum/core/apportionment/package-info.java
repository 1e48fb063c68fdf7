/**
 * Apportionment: turning fair shares into whole persons. A key says a state should take 4.37 % of
 * 21,000 relocations; someone has to decide whether that is 917 or 918 people, and the answer must
 * add up, be explainable in a Council working party and come out the same every time. The methods
 * here are the ones negotiators and parliaments already know (largest remainders, D'Hondt,
 * Sainte-Laguë, Huntington–Hill, plain rounding, and the German EASY system of assigning arrivals
 * one by one), each computed exactly, with a published tie-break.
 */
package org.pactum.core.apportionment;
