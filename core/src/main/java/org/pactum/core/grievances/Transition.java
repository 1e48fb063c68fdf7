package org.pactum.core.grievances;

/** The acts an officer performs on a complaint; each leads to one status. */
public sealed interface Transition {

    GrievanceStatus target();

    /** Takes the complaint up to establish the facts. */
    record StartReview() implements Transition {
        public GrievanceStatus target() {
            return GrievanceStatus.UNDER_REVIEW;
        }
    }

    /** Passes the complaint to the responsible unit of a party (a ministry's office, a reception authority). */
    record Refer(String party, String unit) implements Transition {
        public Refer {
            party = required("party", party, 40);
            unit = required("unit", unit, 300);
        }

        public GrievanceStatus target() {
            return GrievanceStatus.REFERRED;
        }
    }

    /** Answers the complaint; the response is shown to whoever holds the receipt code. */
    record Resolve(String response) implements Transition {
        public Resolve {
            response = required("response", response, 5000);
        }

        public GrievanceStatus target() {
            return GrievanceStatus.RESOLVED;
        }
    }

    /** Declines the complaint, with a reason shown to whoever holds the receipt code. */
    record Reject(String reason) implements Transition {
        public Reject {
            reason = required("reason", reason, 2000);
        }

        public GrievanceStatus target() {
            return GrievanceStatus.REJECTED;
        }
    }

    private static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + ": required");
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new IllegalArgumentException(field + ": at most " + max + " characters, got " + stripped.length());
        }
        return stripped;
    }
}
