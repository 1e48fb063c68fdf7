package org.pactum.server.monitoring;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalDouble;
import org.pactum.core.compliance.ComplianceStatus;
import org.pactum.core.compliance.Verification;

/** The compliance of one indicator in one period: target, the current figure, and the light. */
public record PeriodCompliance(long indicatorId, String indicatorCode, String partyId, String period, BigDecimal target,
        Optional<BigDecimal> actual, Optional<Verification> verification, ComplianceStatus status,
        OptionalDouble attainment) {
}
