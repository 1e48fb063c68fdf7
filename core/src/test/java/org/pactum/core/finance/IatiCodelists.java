package org.pactum.core.finance;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads an IATI codelist file from the test resources: code → English name. */
public final class IatiCodelists {

    private IatiCodelists() {
    }

    public static Map<String, String> read(String name) {
        try (InputStream in = IatiCodelists.class.getResourceAsStream("/iati-2.03/codelist-" + name + ".xml")) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setNamespaceAware(true);
            NodeList items = factory.newDocumentBuilder().parse(in).getElementsByTagName("codelist-item");
            Map<String, String> codes = new LinkedHashMap<>();
            for (int i = 0; i < items.getLength(); i++) {
                Element item = (Element) items.item(i);
                String code = item.getElementsByTagName("code").item(0).getTextContent().strip();
                Element nameElement = (Element) item.getElementsByTagName("name").item(0);
                NodeList narratives = nameElement.getElementsByTagName("narrative");
                for (int j = 0; j < narratives.getLength(); j++) {
                    Element narrative = (Element) narratives.item(j);
                    if (!narrative.hasAttributeNS(XMLConstants.XML_NS_URI, "lang")) {
                        codes.put(code, narrative.getTextContent().strip());
                    }
                }
            }
            return codes;
        } catch (Exception e) {
            throw new IllegalStateException("cannot read codelist " + name, e);
        }
    }
}
