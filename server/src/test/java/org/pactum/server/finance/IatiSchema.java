package org.pactum.server.finance;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.ls.LSInput;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The official IATI 2.03 activity schema, loaded offline from the test resources: external access is
 * switched off, and the schema's include (iati-common.xsd) and import (xml.xsd) are served from the
 * classpath by a resource resolver.
 */
public final class IatiSchema {

    private static final Set<String> FILES = Set.of("iati-activities-schema.xsd", "iati-common.xsd", "xml.xsd");
    private static final Schema SCHEMA = load();

    private IatiSchema() {
    }

    /** Every validation error (empty when the document is valid). */
    public static List<String> errors(String document) {
        List<String> errors = new ArrayList<>();
        Validator validator = SCHEMA.newValidator();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                }

                @Override
                public void error(SAXParseException e) {
                    errors.add("line " + e.getLineNumber() + ": " + e.getMessage());
                }

                @Override
                public void fatalError(SAXParseException e) {
                    errors.add("line " + e.getLineNumber() + ": " + e.getMessage());
                }
            });
            validator.validate(new StreamSource(new StringReader(document)));
        } catch (SAXException | IOException e) {
            errors.add(e.getMessage());
        }
        return errors;
    }

    public static String resource(String name) {
        try (InputStream in = IatiSchema.class.getResourceAsStream("/iati-2.03/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource iati-2.03/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Schema load() {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setResourceResolver((type, namespace, publicId, systemId, baseUri) -> {
                String file = systemId == null ? "" : systemId.substring(systemId.lastIndexOf('/') + 1);
                if (!FILES.contains(file)) {
                    throw new IllegalStateException("the IATI schema asked for " + systemId + ", which is not available offline");
                }
                return new ClasspathInput(file, resource(file));
            });
            Source main = new StreamSource(new StringReader(resource("iati-activities-schema.xsd")), "iati-activities-schema.xsd");
            return factory.newSchema(main);
        } catch (SAXException e) {
            throw new IllegalStateException("cannot load the IATI 2.03 schema", e);
        }
    }

    /** A schema document served from the classpath. */
    private static final class ClasspathInput implements LSInput {
        private final String systemId;
        private final String text;

        ClasspathInput(String systemId, String text) {
            this.systemId = systemId;
            this.text = text;
        }

        @Override public Reader getCharacterStream() { return new StringReader(text); }
        @Override public void setCharacterStream(Reader characterStream) { }
        @Override public InputStream getByteStream() { return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)); }
        @Override public void setByteStream(InputStream byteStream) { }
        @Override public String getStringData() { return text; }
        @Override public void setStringData(String stringData) { }
        @Override public String getSystemId() { return systemId; }
        @Override public void setSystemId(String systemId) { }
        @Override public String getPublicId() { return null; }
        @Override public void setPublicId(String publicId) { }
        @Override public String getBaseURI() { return null; }
        @Override public void setBaseURI(String baseURI) { }
        @Override public String getEncoding() { return null; }
        @Override public void setEncoding(String encoding) { }
        @Override public boolean getCertifiedText() { return false; }
        @Override public void setCertifiedText(boolean certifiedText) { }
    }
}
