package org.pactum.server.grievances.web;

import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A client that filed or looked up too often: 429 with a problem detail and when to try again. */
class TooManyRequests extends ErrorResponseException {

    TooManyRequests(String what, long retryAfterSeconds) {
        super(HttpStatus.TOO_MANY_REQUESTS, problem(what), null);
        getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds));
    }

    private static ProblemDetail problem(String what) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                "Too many " + what + " from this connection; try again later");
        problem.setType(URI.create("https://pactum.example/problems/rate-limited"));
        problem.setTitle("Too many requests");
        return problem;
    }
}
