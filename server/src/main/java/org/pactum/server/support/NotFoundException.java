package org.pactum.server.support;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A record that the client named does not exist: answered with 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

    private final String kind;
    private final String key;
    private final java.util.List<String> suggestions;

    public NotFoundException(String kind, String key) {
        this(kind, key, "No " + kind + " with code '" + key + "'");
    }

    /** A record that does not exist, explained in the caller's words (e.g. an agreement with no financing). */
    public NotFoundException(String kind, String key, String message) {
        super(message);
        this.kind = kind;
        this.key = key;
        this.suggestions = java.util.List.of();
    }

    /** Not found, with close matches the client may have meant (named in the message and the problem detail). */
    public NotFoundException(String kind, String key, java.util.List<String> suggestions) {
        super("No " + kind + " with code '" + key + "'"
                + (suggestions.isEmpty() ? "" : "; did you mean " + String.join(", ", suggestions) + "?"));
        this.kind = kind;
        this.key = key;
        this.suggestions = java.util.List.copyOf(suggestions);
    }

    /** Close matches of the key, best first; empty when none is close. */
    public java.util.List<String> suggestions() {
        return suggestions;
    }

    public String kind() {
        return kind;
    }

    public String key() {
        return key;
    }
}
