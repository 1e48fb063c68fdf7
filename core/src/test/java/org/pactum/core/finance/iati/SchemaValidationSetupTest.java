package org.pactum.core.finance.iati;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The validator itself: it accepts a valid 2.03 file, rejects broken ones, and needs no network. */
class SchemaValidationSetupTest {

    @Test
    void aHandWrittenValidActivityFileIsAccepted() {
        assertThat(IatiSchema.errors(IatiSchema.resource("minimal-valid-activity.xml"))).isEmpty();
    }

    @Test
    void aDeliberatelyBrokenFileIsRejectedWithTheReason() {
        String valid = IatiSchema.resource("minimal-valid-activity.xml");
        String noReportingOrg = valid.replaceAll("(?s)<reporting-org.*?</reporting-org>", "");
        assertThat(IatiSchema.errors(noReportingOrg)).anySatisfy(error -> assertThat(error).contains("reporting-org"));
        String badDate = valid.replace("iso-date=\"2026-01-15\"", "iso-date=\"15/01/2026\"");
        assertThat(IatiSchema.errors(badDate)).anySatisfy(error -> assertThat(error).contains("15/01/2026"));
        String noVersion = valid.replace(" version=\"2.03\"", "");
        assertThat(IatiSchema.errors(noVersion)).anySatisfy(error -> assertThat(error).contains("version"));
        String amountNotDecimal = valid.replace(">1000000.00<", ">1,000,000.00<");
        assertThat(IatiSchema.errors(amountNotDecimal)).isNotEmpty();
    }

    /**
     * The "worked example" shipped beside the 2.03 schema (IATI-Schemas samples/worked-example.xml)
     * predates version 2: its root is a bare iati-activity without reporting-org, and its
     * transactions use the 1.0x attributes flow/type. The official 2.03 schema therefore rejects it,
     * at its first element out of place; the validator reporting exactly that is further proof that
     * it reads the real content model.
     */
    @Test
    void theLegacyWorkedExampleIsRejectedByThe203Schema() {
        assertThat(IatiSchema.errors(IatiSchema.resource("sample-worked-example.xml")))
                .first().asString().contains("line 9").contains("other-identifier").contains("reporting-org");
    }
}
