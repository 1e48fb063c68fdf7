package org.pactum.server.fairshare;

import java.util.List;
import java.util.Map;

/**
 * A solidarity pool to set up: its reference numbers (relocations, and money in whole euros), the
 * equivalence rate, the key, data year and method for indicative contributions, the members,
 * the benefitting states that do not contribute, and deductions (a fraction of a state's fair
 * share, 1 for a full deduction).
 */
public record PoolCommand(String id, String name, Long relocationReference, Long financialReferenceEuros,
        Long equivalenceRateEuros, String key, Integer dataYear, String method, List<String> members,
        List<String> benefitting, Map<String, String> deductions) {

    public PoolCommand {
        members = members == null ? List.of() : List.copyOf(members);
        benefitting = benefitting == null ? List.of() : List.copyOf(benefitting);
        deductions = deductions == null ? Map.of() : Map.copyOf(deductions);
        key = key == null || key.isBlank() ? "eu-ammr-2024" : key;
        method = method == null || method.isBlank() ? "hamilton" : method;
        equivalenceRateEuros = equivalenceRateEuros == null ? FairShareRequest.DEFAULT_EURO_PER_PERSON : equivalenceRateEuros;
        relocationReference = relocationReference == null ? 0L : relocationReference;
        financialReferenceEuros = financialReferenceEuros == null ? 0L : financialReferenceEuros;
        dataYear = dataYear == null ? FairShareRequest.DEFAULT_DATA_YEAR : dataYear;
    }
}
