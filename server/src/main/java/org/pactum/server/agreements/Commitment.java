package org.pactum.server.agreements;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one party owes under an agreement: a quantity of a dictionary commitment type (relocation
 * places, work visas, a financial contribution) in its unit, over a period, for a beneficiary
 * category, measured by the linked indicators.
 */
public record Commitment(String key, String partyId, String typeCode, BigDecimal quantity, String unit,
        LocalDate periodStart, LocalDate periodEnd, Optional<String> beneficiaryCode, List<String> indicatorCodes,
        CommitmentStatus status, String description) {

    public Commitment {
        Objects.requireNonNull(key, "key");
        if (!key.matches("[a-z0-9][a-z0-9-]{0,39}")) {
            throw new IllegalArgumentException("A commitment key is 1 to 40 lower-case letters, digits or '-': " + key);
        }
        Objects.requireNonNull(partyId, "party");
        Objects.requireNonNull(typeCode, "type");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(periodStart, "periodStart");
        Objects.requireNonNull(periodEnd, "periodEnd");
        if (quantity.signum() < 0) {
            throw new IllegalArgumentException("Commitment " + key + ": the quantity must not be negative");
        }
        if (!periodEnd.isAfter(periodStart)) {
            throw new IllegalArgumentException("Commitment " + key + ": the period must end after it starts");
        }
        beneficiaryCode = beneficiaryCode == null ? Optional.empty() : beneficiaryCode;
        indicatorCodes = indicatorCodes == null ? List.of() : List.copyOf(indicatorCodes);
        status = status == null ? CommitmentStatus.PLANNED : status;
        description = description == null ? "" : description.strip();
        if (description.length() > 2000) {
            throw new IllegalArgumentException("Commitment " + key + ": the description is at most 2000 characters");
        }
    }
}
