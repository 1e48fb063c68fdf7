package org.pactum.core.finance.iati;

/** The IATI 2.03 OrganisationRole codelist: the part an organisation plays in an activity. */
public enum OrganisationRole {
    FUNDING(1, "Funding"),
    ACCOUNTABLE(2, "Accountable"),
    EXTENDING(3, "Extending"),
    IMPLEMENTING(4, "Implementing");

    private final int code;
    private final String iatiName;

    OrganisationRole(int code, String iatiName) {
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
