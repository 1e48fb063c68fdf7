package org.pactum.server.fairshare.web;

import java.util.List;
import org.pactum.server.fairshare.FairShareCalculator;
import org.pactum.server.fairshare.FairShareRejected;
import org.pactum.server.fairshare.KeyDefinition;
import org.pactum.server.support.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Distribution keys defined by negotiators, as JSON ({@code application/json}) or YAML
 * ({@code application/yaml}). A stored key is used as {@code "key": "custom:<id>"}.
 */
@RestController
@RequestMapping("/api/v1/keys")
class KeyApi {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private final FairShareCalculator calculator;

    KeyApi(FairShareCalculator calculator) {
        this.calculator = calculator;
    }

    @GetMapping
    List<KeyDefinition> keys() {
        return calculator.definedKeys();
    }

    @GetMapping("/{id}")
    KeyDefinition key(@PathVariable String id) {
        return calculator.definedKey(id).orElseThrow(() -> new NotFoundException("key", id));
    }

    @PostMapping(consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    KeyDefinition defineFromJson(@RequestBody KeyDefinition key) {
        return calculator.define(key);
    }

    @PostMapping(consumes = {"application/yaml", "application/x-yaml", "text/yaml"})
    @ResponseStatus(HttpStatus.CREATED)
    KeyDefinition defineFromYaml(@RequestBody String yaml) {
        KeyDefinition key;
        try {
            key = YAML.readValue(yaml, KeyDefinition.class);
        } catch (JacksonException e) {
            throw new FairShareRejected("yaml", "the key cannot be read: " + e.getOriginalMessage());
        }
        return calculator.define(key);
    }

    @ExceptionHandler(FairShareRejected.class)
    ProblemDetail rejected(FairShareRejected e) {
        return FairShareApi.problem(e);
    }
}
