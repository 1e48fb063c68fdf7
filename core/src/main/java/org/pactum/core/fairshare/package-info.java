/**
 * Fair shares: how much of a common responsibility each state should carry under a distribution
 * key, whether one written into law (the EU Asylum and Migration Management reference key, the 2015
 * relocation key, Germany's Königstein key, the Dublin IV proposal) or one a negotiator defines to
 * test an alternative, weighing population and economic strength against unemployment and the
 * asylum effort a state has already made, and excluding the frontline states that benefit.
 */
package org.pactum.core.fairshare;
