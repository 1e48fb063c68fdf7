/**
 * The computational heart of Pactum, usable on its own by a researcher: how fair shares are
 * computed from published keys, how whole persons are apportioned, how solidarity pools add up,
 * how the public register proves it was never rewritten, and how compliance is judged. Plain Java:
 * no framework, no database.
 */
package org.pactum.core;
