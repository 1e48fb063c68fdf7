package org.pactum.core.compliance;

/**
 * The compliance light of an indicator for one period, from best to worst for the purpose of
 * {@link ComplianceRules#overall}: a missing or unverified figure weighs heavier than a figure
 * that is on track, lighter than one that is at risk.
 */
public enum ComplianceStatus {
    ON_TRACK, NOT_VERIFIABLE, AT_RISK, OFF_TRACK;

    /** The worse of two lights. */
    public ComplianceStatus worse(ComplianceStatus other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
