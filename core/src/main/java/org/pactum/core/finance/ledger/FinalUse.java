package org.pactum.core.finance.ledger;

/** Where money is finally spent, the front-line view the public asks for. */
public enum FinalUse {
    RECEPTION("reception"),
    ASYLUM_PROCESSING("asylum processing"),
    INTEGRATION("integration"),
    RETURN_AND_REINTEGRATION("return and reintegration"),
    BORDER_MANAGEMENT("border management"),
    OTHER("other");

    private final String label;

    FinalUse(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
