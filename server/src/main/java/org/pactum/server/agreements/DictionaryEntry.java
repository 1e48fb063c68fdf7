package org.pactum.server.agreements;

import java.util.Objects;
import java.util.Optional;
import org.pactum.core.compliance.Direction;

/**
 * One term of the shared dictionary in one version: an agreement type, a party role, a commitment
 * type with its unit, a beneficiary category, or an indicator with its unit, direction, how it
 * adds up over periods and its mapping to SDG, Global Compact on Refugees or IATI codes.
 */
public record DictionaryEntry(String list, String code, Integer version, String label, String description,
        Optional<String> unit, Optional<Direction> direction, Optional<Aggregation> aggregation, String mapping) {

    public static final java.util.List<String> LISTS = java.util.List.of("agreement-type", "party-role",
            "commitment-type", "beneficiary-category", "indicator");

    /** How an indicator's figures add up over periods. */
    public enum Aggregation { SUM, MEAN, LAST }

    public DictionaryEntry {
        if (!LISTS.contains(list)) {
            throw new IllegalArgumentException("No dictionary list '" + list + "'; lists are " + LISTS);
        }
        Objects.requireNonNull(code, "code");
        if (!code.matches("[a-z0-9][a-z0-9.-]{0,79}")) {
            throw new IllegalArgumentException("A dictionary code is lower-case letters, digits, '.' or '-': " + code);
        }
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("Entry " + code + " needs a label");
        }
        version = version == null ? 0 : version;
        description = description == null ? "" : description;
        unit = unit == null ? Optional.empty() : unit;
        direction = direction == null ? Optional.empty() : direction;
        aggregation = aggregation == null ? Optional.empty() : aggregation;
        mapping = mapping == null ? "" : mapping;
        if (list.equals("indicator") && (unit.isEmpty() || direction.isEmpty() || aggregation.isEmpty())) {
            throw new IllegalArgumentException("Indicator " + code + " needs a unit, a direction and an aggregation");
        }
        if (list.equals("commitment-type") && unit.isEmpty()) {
            throw new IllegalArgumentException("Commitment type " + code + " needs a unit");
        }
    }

    public DictionaryEntry withVersion(int newVersion) {
        return new DictionaryEntry(list, code, newVersion, label, description, unit, direction, aggregation, mapping);
    }
}
