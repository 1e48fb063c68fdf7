package org.pactum.server.support;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A well-formed request whose content cannot be accepted (a report for a period outside the
 * agreement, a figure in the wrong unit, an import that does not add up): answered with 422
 * naming the field.
 */
@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
public class UnprocessableException extends RuntimeException {

    private final String field;

    public UnprocessableException(String field, String detail) {
        super(detail);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
