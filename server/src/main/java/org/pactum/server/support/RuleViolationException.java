package org.pactum.server.support;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * An action that a rule of the domain forbids in the current state (signing an agreement that was
 * never negotiated, publishing one without commitments): answered with 409 naming the rule.
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class RuleViolationException extends RuntimeException {

    private final String rule;

    public RuleViolationException(String rule, String detail) {
        super(detail);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
