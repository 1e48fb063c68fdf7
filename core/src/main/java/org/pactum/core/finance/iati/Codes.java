package org.pactum.core.finance.iati;

/** Checks shared by the IATI records. */
final class Codes {

    private Codes() {
    }

    static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + ": required");
        }
        return value;
    }
}
