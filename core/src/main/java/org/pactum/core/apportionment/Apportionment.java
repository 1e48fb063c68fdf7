package org.pactum.core.apportionment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.pactum.core.fairshare.StateCode;

/**
 * The whole persons each state takes out of a target total, by one method, states in alphabetical
 * order. Every method but independent rounding meets the target exactly; independent rounding says
 * here by how much it misses.
 */
public record Apportionment(String method, long target, List<Allotment> allotments) {

    public Apportionment {
        Objects.requireNonNull(method, "method");
        allotments = List.copyOf(allotments);
    }

    /** Persons allotted in all. */
    public long allotted() {
        return allotments.stream().mapToLong(Allotment::persons).sum();
    }

    /** Persons allotted minus the target: zero when the method is exact, negative when it falls short. */
    public long differenceFromTarget() {
        return allotted() - target;
    }

    public Optional<Allotment> of(StateCode state) {
        return allotments.stream().filter(allotment -> allotment.state().equals(state)).findFirst();
    }

    /** Persons by state, in alphabetical order. */
    public Map<StateCode, Long> persons() {
        Map<StateCode, Long> persons = new LinkedHashMap<>();
        allotments.forEach(allotment -> persons.put(allotment.state(), allotment.persons()));
        return persons;
    }
}
