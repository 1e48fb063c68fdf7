package org.pactum.server.grievances;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.pactum.core.grievances.GrievanceCategory;
import org.pactum.core.grievances.GrievanceStatus;

/**
 * The grievance pages exist in four languages: every grievance message of the English bundle is
 * in the Spanish and Arabic ones (the rest of the product falls back to English there), and every
 * category and status has its name.
 */
class GrievanceMessagesTest {

    @Test
    void spanishAndArabicHaveEveryGrievanceMessage() throws IOException {
        Properties english = load("/messages.properties");
        Set<String> keys = new TreeSet<>();
        english.stringPropertyNames().stream().filter(k -> k.startsWith("grievances.")).forEach(keys::add);
        for (String bundle : new String[] {"/messages_fr.properties", "/messages_es.properties", "/messages_ar.properties"}) {
            Properties messages = load(bundle);
            assertThat(messages.stringPropertyNames()).as(bundle).containsAll(keys);
            assertThat(messages.stringPropertyNames()).as(bundle + ": keys unknown in English").allMatch(english::containsKey);
            keys.forEach(k -> assertThat(messages.getProperty(k)).as(bundle + " " + k).isNotBlank());
        }
        for (GrievanceCategory category : GrievanceCategory.values()) {
            assertThat(keys).contains("grievances.category." + category.code());
        }
        for (GrievanceStatus status : GrievanceStatus.values()) {
            assertThat(keys).contains("grievances.status." + status.name());
        }
        assertThat(load("/messages_ar.properties").getProperty("grievances.submit")).isEqualTo("إرسال الشكوى");
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = GrievanceMessagesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
