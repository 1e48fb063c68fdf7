package org.pactum.server.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The English and French bundles hold the same keys, none of them empty. */
class MessageBundlesTest {

    @Test
    void englishAndFrenchHaveTheSameKeys() throws IOException {
        Properties english = load("/messages.properties");
        Properties french = load("/messages_fr.properties");
        Set<String> missingInFrench = new TreeSet<>(english.stringPropertyNames());
        missingInFrench.removeAll(french.stringPropertyNames());
        Set<String> missingInEnglish = new TreeSet<>(french.stringPropertyNames());
        missingInEnglish.removeAll(english.stringPropertyNames());
        assertThat(missingInFrench).as("keys missing in messages_fr.properties").isEmpty();
        assertThat(missingInEnglish).as("keys missing in messages.properties").isEmpty();
    }

    @Test
    void noMessageIsEmpty() throws IOException {
        for (String bundle : new String[] {"/messages.properties", "/messages_fr.properties"}) {
            Properties messages = load(bundle);
            assertThat(messages.stringPropertyNames()).as(bundle)
                    .allSatisfy(key -> assertThat(messages.getProperty(key)).as(key).isNotBlank());
        }
    }

    @Test
    void everyCapabilityHasANameAndSummary() throws IOException {
        Properties english = load("/messages.properties");
        for (Capability capability : Capability.values()) {
            assertThat(english.getProperty("nav." + capability.key())).as(capability.name()).isNotBlank();
            assertThat(english.getProperty("capability." + capability.key() + ".summary")).as(capability.name()).isNotBlank();
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
