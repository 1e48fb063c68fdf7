/**
 * The front door: the home page, the navigation between capabilities, the page layout in English
 * and French, and a plain statement of which capabilities are still being built, so that a
 * negotiator, an evaluator or a member of the public always knows where they are and what they
 * can rely on.
 */
package org.pactum.server.portal;
