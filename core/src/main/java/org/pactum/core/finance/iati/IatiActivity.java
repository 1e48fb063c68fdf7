package org.pactum.core.finance.iati;

import java.util.List;
import java.util.Objects;
import org.pactum.core.pool.Money;

/**
 * One IATI activity: for Pactum, an agreement's financing as one reporting organisation publishes
 * it. The identifier begins with the reporting organisation's identifier and a hyphen, as the IATI
 * standard asks ({@code "XM-DAC-5-7-AGR-2026-07"}).
 */
public record IatiActivity(String identifier, Organisation reportingOrg, String title, String description,
                           List<ParticipatingOrg> participatingOrgs, ActivityStatus status, List<ActivityDate> dates,
                           String defaultCurrency, List<Budget> budgets, List<IatiTransaction> transactions, List<Result> results) {

    public IatiActivity {
        Codes.required(identifier, "identifier");
        Objects.requireNonNull(reportingOrg, "reportingOrg");
        String prefix = reportingOrg.ref().orElseThrow(() -> new IllegalArgumentException("reportingOrg.ref: required")) + "-";
        reportingOrg.type().orElseThrow(() -> new IllegalArgumentException("reportingOrg.type: required"));
        if (!identifier.startsWith(prefix) || identifier.length() == prefix.length()) {
            throw new IllegalArgumentException("identifier: must begin with the reporting organisation's identifier " + prefix + ", got " + identifier);
        }
        Codes.required(title, "title");
        Codes.required(description, "description");
        participatingOrgs = List.copyOf(participatingOrgs);
        if (participatingOrgs.isEmpty()) {
            throw new IllegalArgumentException("participatingOrgs: an activity names at least one participating organisation");
        }
        Objects.requireNonNull(status, "status");
        dates = List.copyOf(dates);
        if (dates.isEmpty()) {
            throw new IllegalArgumentException("dates: an activity has at least one activity date");
        }
        defaultCurrency = new Money(0, Objects.requireNonNull(defaultCurrency, "defaultCurrency")).currency();
        budgets = List.copyOf(budgets);
        transactions = List.copyOf(transactions);
        results = List.copyOf(results);
    }
}
