package org.pactum.server.agreements;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.pactum.core.compliance.Comparison;

/**
 * A clause of an agreement. A review clause has a date and a notice period; a triggered clause
 * (renegotiation, suspension, surge) names an indicator, the party whose figures count, a
 * comparison and a threshold, and the consequence the parties agreed on.
 *
 * @param key a short name unique within the agreement, e.g. {@code mid-term-review}
 */
public record Clause(String key, ClauseKind kind, String title, String body, Optional<LocalDate> dueOn, int noticeDays,
        Optional<String> indicatorCode, Optional<String> partyId, Optional<Comparison> comparison,
        Optional<BigDecimal> threshold, String consequence) {

    public Clause {
        Objects.requireNonNull(key, "key");
        if (!key.matches("[a-z0-9][a-z0-9-]{0,39}")) {
            throw new IllegalArgumentException("A clause key is 1 to 40 lower-case letters, digits or '-': " + key);
        }
        Objects.requireNonNull(kind, "kind");
        title = title == null || title.isBlank() ? key : title.strip();
        body = body == null ? "" : body.strip();
        dueOn = dueOn == null ? Optional.empty() : dueOn;
        indicatorCode = indicatorCode == null ? Optional.empty() : indicatorCode;
        partyId = partyId == null ? Optional.empty() : partyId;
        comparison = comparison == null ? Optional.empty() : comparison;
        threshold = threshold == null ? Optional.empty() : threshold;
        consequence = consequence == null ? "" : consequence.strip();
        if (title.length() > 300 || body.length() > 4000 || consequence.length() > 500) {
            throw new IllegalArgumentException("Clause " + key + ": title, body or consequence too long (300, 4000, 500 characters)");
        }
        if (noticeDays < 0 || noticeDays > 366) {
            throw new IllegalArgumentException("Clause " + key + ": notice days must be between 0 and 366");
        }
        if (kind == ClauseKind.REVIEW && dueOn.isEmpty()) {
            throw new IllegalArgumentException("Clause " + key + ": a review clause needs a date");
        }
        if (kind.triggered() && (indicatorCode.isEmpty() || partyId.isEmpty() || comparison.isEmpty() || threshold.isEmpty())) {
            throw new IllegalArgumentException(
                    "Clause " + key + ": a triggered clause needs an indicator, a party, a comparison and a threshold");
        }
    }
}
