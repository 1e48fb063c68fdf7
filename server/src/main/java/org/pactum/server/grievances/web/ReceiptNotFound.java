package org.pactum.server.grievances.web;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A receipt code that leads nowhere, for whatever reason: 404 saying only "Not found". */
class ReceiptNotFound extends ErrorResponseException {

    ReceiptNotFound() {
        super(HttpStatus.NOT_FOUND, problem(), null);
    }

    private static ProblemDetail problem() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "Not found");
        problem.setType(URI.create("https://pactum.example/problems/not-found"));
        problem.setTitle("Not found");
        return problem;
    }
}
