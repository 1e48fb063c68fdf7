package org.pactum.core.fairshare;

import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Who a key shares out among: the members of a scheme (the EU-27, the sixteen Länder) less the
 * states excluded from it, typically the benefitting frontline states of a relocation scheme
 * (Italy and Greece in 2015; Cyprus, Greece, Italy and Spain in the 2026 Annual Solidarity Pool).
 * A key is recomputed over the remaining states, so their shares again add up to one.
 */
public record Participants(SortedSet<StateCode> members, SortedSet<StateCode> excluded) {

    public Participants {
        Objects.requireNonNull(members, "members");
        Objects.requireNonNull(excluded, "excluded");
        members = Collections.unmodifiableSortedSet(new TreeSet<>(members));
        excluded = Collections.unmodifiableSortedSet(new TreeSet<>(excluded));
        SortedSet<StateCode> strangers = new TreeSet<>(excluded);
        strangers.removeAll(members);
        if (!strangers.isEmpty()) {
            throw new IllegalArgumentException("excluded states must be members, but " + strangers + " are not");
        }
        if (members.size() == excluded.size()) {
            throw new IllegalArgumentException("a key needs at least one participating state, but the members are " + members
                    + " and the excluded " + excluded);
        }
    }

    public static Participants of(Collection<StateCode> members) {
        return new Participants(new TreeSet<>(members), new TreeSet<>());
    }

    /** The same members with {@code states} excluded as well. */
    public Participants excluding(Collection<StateCode> states) {
        SortedSet<StateCode> more = new TreeSet<>(excluded);
        more.addAll(states);
        return new Participants(members, more);
    }

    /** The states the key shares out among, in alphabetical order. */
    public SortedSet<StateCode> sharing() {
        SortedSet<StateCode> sharing = new TreeSet<>(members);
        sharing.removeAll(excluded);
        return Collections.unmodifiableSortedSet(sharing);
    }
}
