package org.pactum.core.finance.iati;

import java.io.OutputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.pactum.core.finance.money.MinorUnits;
import org.pactum.core.pool.Money;

/**
 * Writes {@code iati-activities} files of IATI standard version 2.03 with the JDK's StAX writer.
 * Amounts are written in major units exactly as the minor units say ({@code 1234567} cents is
 * {@code 12345.67}), each with its currency and value date; English narratives.
 *
 * <pre>{@code
 * String xml = IatiActivitiesWriter.toXml(List.of(activity), OffsetDateTime.now(clock));
 * }</pre>
 */
public final class IatiActivitiesWriter {

    public static final String VERSION = "2.03";

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final XMLStreamWriter xml;
    private int depth;

    private IatiActivitiesWriter(XMLStreamWriter xml) {
        this.xml = xml;
    }

    /** The file as a string. */
    public static String toXml(List<IatiActivity> activities, OffsetDateTime generated) {
        StringWriter out = new StringWriter();
        write(activities, generated, out);
        return out.toString();
    }

    /** The file, UTF-8 encoded, to a stream (not closed). */
    public static void write(List<IatiActivity> activities, OffsetDateTime generated, OutputStream out) {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
            new IatiActivitiesWriter(xml).document(activities, generated, StandardCharsets.UTF_8.name());
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write the IATI file", e);
        }
    }

    /** The file to a character stream (not closed). */
    public static void write(List<IatiActivity> activities, OffsetDateTime generated, Writer out) {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            new IatiActivitiesWriter(xml).document(activities, generated, null);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write the IATI file", e);
        }
    }

    private void document(List<IatiActivity> activities, OffsetDateTime generated, String encoding) throws XMLStreamException {
        if (activities.isEmpty()) {
            throw new IllegalArgumentException("activities: an IATI file holds at least one activity");
        }
        if (encoding == null) {
            xml.writeStartDocument("1.0");
        } else {
            xml.writeStartDocument(encoding, "1.0");
        }
        start("iati-activities");
        xml.writeAttribute("version", VERSION);
        xml.writeAttribute("generated-datetime", DATE_TIME.format(generated.truncatedTo(ChronoUnit.SECONDS)));
        for (IatiActivity activity : activities) {
            activity(activity, generated);
        }
        end();
        xml.writeCharacters("\n");
        xml.writeEndDocument();
        xml.flush();
    }

    private void activity(IatiActivity a, OffsetDateTime generated) throws XMLStreamException {
        start("iati-activity");
        xml.writeAttribute("last-updated-datetime", DATE_TIME.format(generated.truncatedTo(ChronoUnit.SECONDS)));
        xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", "en");
        xml.writeAttribute("default-currency", a.defaultCurrency());
        text("iati-identifier", a.identifier());
        organisation("reporting-org", a.reportingOrg());
        narrativeElement("title", a.title());
        narrativeElement("description", a.description());
        for (ParticipatingOrg org : a.participatingOrgs()) {
            start("participating-org");
            org.organisation().ref().ifPresent(ref -> attribute("ref", ref));
            org.organisation().type().ifPresent(type -> attribute("type", type));
            xml.writeAttribute("role", String.valueOf(org.role().code()));
            narrative(org.organisation().name());
            end();
        }
        empty("activity-status", "code", String.valueOf(a.status().code()));
        for (ActivityDate date : a.dates()) {
            empty("activity-date", "type", String.valueOf(date.type().code()), "iso-date", date.date().toString());
        }
        for (Budget budget : a.budgets()) {
            start("budget");
            xml.writeAttribute("type", String.valueOf(budget.kindCode()));
            xml.writeAttribute("status", String.valueOf(budget.statusCode()));
            empty("period-start", "iso-date", budget.periodStart().toString());
            empty("period-end", "iso-date", budget.periodEnd().toString());
            value(budget.value(), budget.valueDate().toString());
            end();
        }
        for (IatiTransaction t : a.transactions()) {
            transaction(t);
        }
        for (Result result : a.results()) {
            result(result);
        }
        end();
    }

    private void transaction(IatiTransaction t) throws XMLStreamException {
        start("transaction");
        t.ref().ifPresent(ref -> attribute("ref", ref));
        empty("transaction-type", "code", String.valueOf(t.type().code()));
        empty("transaction-date", "iso-date", t.date().toString());
        value(t.value(), t.valueDate().toString());
        if (t.description().isPresent()) {
            narrativeElement("description", t.description().get());
        }
        if (t.provider().isPresent()) {
            organisation("provider-org", t.provider().get());
        }
        if (t.receiver().isPresent()) {
            organisation("receiver-org", t.receiver().get());
        }
        end();
    }

    private void result(Result result) throws XMLStreamException {
        start("result");
        xml.writeAttribute("type", String.valueOf(result.type().code()));
        xml.writeAttribute("aggregation-status", "false");
        narrativeElement("title", result.title());
        for (Result.Indicator indicator : result.indicators()) {
            start("indicator");
            xml.writeAttribute("measure", String.valueOf(indicator.measure().code()));
            xml.writeAttribute("ascending", String.valueOf(indicator.ascending()));
            narrativeElement("title", indicator.title());
            if (indicator.code().isPresent()) {
                empty("reference", "vocabulary", "99", "code", indicator.code().get());
            }
            if (indicator.baseline().isPresent()) {
                Result.Baseline baseline = indicator.baseline().get();
                indent();
                xml.writeEmptyElement("baseline");
                xml.writeAttribute("year", String.valueOf(baseline.year()));
                baseline.date().ifPresent(date -> attribute("iso-date", date.toString()));
                xml.writeAttribute("value", baseline.value().toPlainString());
            }
            for (Result.Period period : indicator.periods()) {
                start("period");
                empty("period-start", "iso-date", period.start().toString());
                empty("period-end", "iso-date", period.end().toString());
                optionalValue("target", period.target());
                optionalValue("actual", period.actual());
                end();
            }
            end();
        }
        end();
    }

    private void optionalValue(String element, Optional<BigDecimal> value) throws XMLStreamException {
        if (value.isPresent()) {
            empty(element, "value", value.get().toPlainString());
        }
    }

    private void organisation(String element, Organisation org) throws XMLStreamException {
        start(element);
        org.ref().ifPresent(ref -> attribute("ref", ref));
        org.type().ifPresent(type -> attribute("type", type));
        narrative(org.name());
        end();
    }

    private void value(Money money, String valueDate) throws XMLStreamException {
        indent();
        xml.writeStartElement("value");
        xml.writeAttribute("currency", money.currency());
        xml.writeAttribute("value-date", valueDate);
        xml.writeCharacters(MinorUnits.inMajorUnits(money).toPlainString());
        xml.writeEndElement();
    }

    private void narrativeElement(String element, String text) throws XMLStreamException {
        start(element);
        narrative(text);
        end();
    }

    private void narrative(String text) throws XMLStreamException {
        text("narrative", text);
    }

    private void text(String element, String text) throws XMLStreamException {
        indent();
        xml.writeStartElement(element);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private void empty(String element, String... attributes) throws XMLStreamException {
        indent();
        xml.writeEmptyElement(element);
        for (int i = 0; i < attributes.length; i += 2) {
            xml.writeAttribute(attributes[i], attributes[i + 1]);
        }
    }

    private void start(String element) throws XMLStreamException {
        indent();
        xml.writeStartElement(element);
        depth++;
    }

    private void end() throws XMLStreamException {
        depth--;
        indent();
        xml.writeEndElement();
    }

    private void attribute(String name, String value) {
        try {
            xml.writeAttribute(name, value);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private void indent() throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}
