package org.pactum.server.support;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A request parameter that cannot be used as given: answered with 400 naming the parameter. */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class InvalidRequestException extends RuntimeException {

    private final String parameter;

    public InvalidRequestException(String parameter, String problem) {
        super("Parameter '" + parameter + "' " + problem);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
