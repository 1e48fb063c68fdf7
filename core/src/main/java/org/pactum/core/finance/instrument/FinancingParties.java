package org.pactum.core.finance.instrument;

import java.util.Objects;
import java.util.Optional;

/**
 * Who stands behind an instrument: the agreement it finances, the donor who provides the money, the
 * recipient (a partner state or organisation) and, optionally, the organisation implementing the
 * funded activity. Identifiers are those of the agreement register.
 */
public record FinancingParties(String agreement, String donor, String recipient, Optional<String> implementer) {

    public FinancingParties {
        agreement = required(agreement, "agreement");
        donor = required(donor, "donor");
        recipient = required(recipient, "recipient");
        Objects.requireNonNull(implementer, "implementer");
        implementer.ifPresent(value -> required(value, "implementer"));
        if (donor.equals(recipient)) {
            throw new IllegalArgumentException("recipient: a donor cannot finance itself (" + donor + ")");
        }
    }

    public static FinancingParties of(String agreement, String donor, String recipient) {
        return new FinancingParties(agreement, donor, recipient, Optional.empty());
    }

    public FinancingParties implementedBy(String implementer) {
        return new FinancingParties(agreement, donor, recipient, Optional.of(implementer));
    }

    static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + ": required");
        }
        return value;
    }
}
