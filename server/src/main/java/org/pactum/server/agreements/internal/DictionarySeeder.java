package org.pactum.server.agreements.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.pactum.server.agreements.DictionaryEntry;
import org.pactum.server.agreements.SharedDictionary;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Seeds the shared dictionary from {@code agreements/dictionary.json} on first start. */
@Component
@Order(30)
class DictionarySeeder implements ApplicationRunner {

    static final String RESOURCE = "agreements/dictionary.json";

    private final SharedDictionary dictionary;
    private final JsonMapper json;

    DictionarySeeder(SharedDictionary dictionary, JsonMapper json) {
        this.dictionary = dictionary;
        this.json = json;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            List<DictionaryEntry> entries = json.readValue(in, new TypeReference<List<DictionaryEntry>>() { });
            dictionary.seed(entries);
        }
    }
}
