package org.pactum.core.finance.iati;

/** The IATI 2.03 ActivityStatus codelist. */
public enum ActivityStatus {
    PIPELINE(1, "Pipeline/identification"),
    IMPLEMENTATION(2, "Implementation"),
    FINALISATION(3, "Finalisation"),
    CLOSED(4, "Closed"),
    CANCELLED(5, "Cancelled"),
    SUSPENDED(6, "Suspended");

    private final int code;
    private final String iatiName;

    ActivityStatus(int code, String iatiName) {
        this.code = code;
        this.iatiName = iatiName;
    }

    public int code() {
        return code;
    }

    public String iatiName() {
        return iatiName;
    }
}
