package org.pactum.server.support;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A record that the client named does not exist: answered with 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFoundException extends RuntimeException {

    private final String kind;
    private final String key;

    public NotFoundException(String kind, String key) {
        this(kind, key, "No " + kind + " with code '" + key + "'");
    }

    /** A record that does not exist, explained in the caller's words (e.g. an agreement with no financing). */
    public NotFoundException(String kind, String key, String message) {
        super(message);
        this.kind = kind;
        this.key = key;
    }

    public String kind() {
        return kind;
    }

    public String key() {
        return key;
    }
}
