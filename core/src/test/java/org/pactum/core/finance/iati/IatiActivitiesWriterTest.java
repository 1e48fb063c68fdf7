package org.pactum.core.finance.iati;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.pactum.core.finance.ledger.TransactionType;
import org.pactum.core.pool.Money;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

class IatiActivitiesWriterTest {

    static final Organisation BMZ = Organisation.of("XM-DAC-5-7", "10", "Federal Ministry for Economic Cooperation and Development");
    static final Organisation TUNISIA = Organisation.of("XM-TN-MOF", "10", "Ministry of Finance, Tunisia");
    static final Organisation IOM = Organisation.of("XM-DAC-47066", "40", "International Organization for Migration");
    private static final OffsetDateTime GENERATED = OffsetDateTime.parse("2027-08-01T09:30:15.123Z");

    static IatiActivity activity() {
        return new IatiActivity("XM-DAC-5-7-AGR-2026-07", BMZ, "Reception and reintegration partnership DE–TN",
                "Grant of EUR 3,000,000 in three tranches tied to verified reception, asylum and reintegration results.",
                List.of(new ParticipatingOrg(BMZ, OrganisationRole.FUNDING), new ParticipatingOrg(TUNISIA, OrganisationRole.ACCOUNTABLE),
                        new ParticipatingOrg(IOM, OrganisationRole.IMPLEMENTING)),
                ActivityStatus.IMPLEMENTATION,
                List.of(new ActivityDate(ActivityDate.Type.PLANNED_START, LocalDate.parse("2027-01-01")),
                        new ActivityDate(ActivityDate.Type.PLANNED_END, LocalDate.parse("2029-12-31"))),
                "EUR",
                List.of(new Budget(Budget.Kind.ORIGINAL, Budget.Status.COMMITTED, LocalDate.parse("2027-01-01"), LocalDate.parse("2027-12-31"),
                        new Money(123_456_789, "EUR"), LocalDate.parse("2027-01-01"))),
                List.of(new IatiTransaction(Optional.of("C1"), TransactionType.OUTGOING_COMMITMENT, LocalDate.parse("2027-01-15"),
                                Money.euros(3_000_000), LocalDate.parse("2027-01-15"), Optional.of("Commitment & signature <phase 1>"),
                                Optional.of(BMZ), Optional.of(TUNISIA)),
                        new IatiTransaction(Optional.of("R1"), TransactionType.EXPENDITURE, LocalDate.parse("2027-05-01"),
                                new Money(-1_005, "KWD"), LocalDate.parse("2027-05-01"), Optional.empty(), Optional.empty(), Optional.empty())),
                List.of(new Result(Result.Type.OUTPUT, "Reception capacity",
                        List.of(new Result.Indicator(Result.Indicator.Measure.UNIT, true, "Reception places meeting EU standards",
                                Optional.of("RECEPTION-PLACES"),
                                Optional.of(new Result.Baseline(2026, Optional.of(LocalDate.parse("2026-12-31")), new BigDecimal("800"))),
                                List.of(new Result.Period(LocalDate.parse("2027-01-01"), LocalDate.parse("2027-06-30"),
                                        Optional.of(new BigDecimal("1200")), Optional.of(new BigDecimal("1250")))))))));
    }

    @Test
    void theWritersOutputValidatesAgainstTheOfficialSchema() {
        String xml = IatiActivitiesWriter.toXml(List.of(activity()), GENERATED);
        assertThat(IatiSchema.errors(xml)).isEmpty();
    }

    @Test
    void amountsCodesAndNarrativesAreWrittenAsTheStandardReadsThem() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        IatiActivitiesWriter.write(List.of(activity()), GENERATED, bytes);
        String xml = bytes.toString(StandardCharsets.UTF_8);
        assertThat(IatiSchema.errors(xml)).isEmpty();
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        XPath x = XPathFactory.newInstance().newXPath();
        assertThat(x.evaluate("/iati-activities/@version", doc)).isEqualTo("2.03");
        assertThat(x.evaluate("/iati-activities/@generated-datetime", doc)).isEqualTo("2027-08-01T09:30:15Z");
        assertThat(x.evaluate("//iati-activity/@default-currency", doc)).isEqualTo("EUR");
        assertThat(x.evaluate("count(//participating-org)", doc)).isEqualTo("3");
        assertThat(x.evaluate("//participating-org[@ref='XM-DAC-47066']/@role", doc)).isEqualTo("4");
        // 123,456,789 cents = 1,234,567.89 euros
        assertThat(x.evaluate("//budget/value", doc)).isEqualTo("1234567.89");
        assertThat(x.evaluate("//transaction[@ref='C1']/transaction-type/@code", doc)).isEqualTo("2");
        assertThat(x.evaluate("//transaction[@ref='C1']/value", doc)).isEqualTo("3000000.00");
        assertThat(x.evaluate("//transaction[@ref='C1']/description/narrative", doc)).isEqualTo("Commitment & signature <phase 1>");
        // −1,005 fils = −1.005 Kuwaiti dinars (three decimals)
        assertThat(x.evaluate("//transaction[@ref='R1']/value", doc)).isEqualTo("-1.005");
        assertThat(x.evaluate("//transaction[@ref='R1']/value/@currency", doc)).isEqualTo("KWD");
        assertThat(x.evaluate("//indicator/baseline/@value", doc)).isEqualTo("800");
        assertThat(x.evaluate("//indicator/period/target/@value", doc)).isEqualTo("1200");
        assertThat(x.evaluate("//indicator/period/actual/@value", doc)).isEqualTo("1250");
        assertThat(x.evaluate("//indicator/reference/@code", doc)).isEqualTo("RECEPTION-PLACES");
    }

    @Test
    void incompleteActivitiesAreRefusedBeforeWriting() {
        assertThatThrownBy(() -> IatiActivitiesWriter.toXml(List.of(), GENERATED)).hasMessageStartingWith("activities");
        IatiActivity a = activity();
        assertThatThrownBy(() -> new IatiActivity("AGR-2026-07", a.reportingOrg(), a.title(), a.description(), a.participatingOrgs(),
                a.status(), a.dates(), "EUR", List.of(), List.of(), List.of())).hasMessageStartingWith("identifier");
        assertThatThrownBy(() -> new IatiActivity(a.identifier(), a.reportingOrg(), a.title(), a.description(), List.of(),
                a.status(), a.dates(), "EUR", List.of(), List.of(), List.of())).hasMessageStartingWith("participatingOrgs");
        assertThatThrownBy(() -> new Budget(Budget.Kind.ORIGINAL, Budget.Status.INDICATIVE, LocalDate.parse("2027-01-01"),
                LocalDate.parse("2028-06-30"), Money.euros(1), LocalDate.parse("2027-01-01"))).hasMessageStartingWith("budget.periodEnd");
        assertThatThrownBy(() -> new Result(Result.Type.OUTCOME, "x", List.of())).hasMessageStartingWith("result.indicators");
    }
}
