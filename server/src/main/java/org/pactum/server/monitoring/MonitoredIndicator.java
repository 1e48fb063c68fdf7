package org.pactum.server.monitoring;

import java.math.BigDecimal;
import java.util.List;
import org.pactum.core.compliance.Direction;
import org.pactum.core.compliance.Thresholds;

/**
 * An indicator as one agreement watches it: whose figures count, the baseline, the target of each
 * period and the thresholds of its compliance light.
 */
public record MonitoredIndicator(long id, String agreementId, String indicatorCode, String partyId, String unit,
        Direction direction, BigDecimal baseline, String baselinePeriod, Thresholds thresholds, List<Target> targets) {

    public MonitoredIndicator {
        targets = List.copyOf(targets);
    }

    /** The target of one period. */
    public record Target(String period, java.time.LocalDate periodStart, BigDecimal value) {
    }
}
