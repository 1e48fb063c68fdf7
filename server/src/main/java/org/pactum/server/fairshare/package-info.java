/**
 * Fair shares and solidarity pools: what each state's share of a common responsibility is under
 * the keys the law publishes (the 2024 Asylum and Migration Management Regulation, the 2015
 * relocation key, the 2016 Dublin proposal) or a key the negotiators define; how a pool of
 * relocations and money is divided into indicative contributions; and how far each state's pledges
 * are from its fair share. Every result names the data year and editions it rests on.
 */
package org.pactum.server.fairshare;
