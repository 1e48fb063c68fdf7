package org.pactum.server.fairshare.web;

import java.net.URI;
import java.util.Map;
import org.pactum.server.fairshare.FairShareCalculator;
import org.pactum.server.fairshare.FairShareRejected;
import org.pactum.server.fairshare.FairShareRequest;
import org.pactum.server.fairshare.FairShareResult;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/fair-shares}: computes fair shares and stores the result with its data.
 * Body: {@code {"key":"eu-ammr-2024","dataYear":2024,"participants":[],"excluded":["CYP"],"total":21000,
 * "method":"hamilton","euroPerPerson":20000,"criteria":[]}} (empty participants: the EU Member States).
 */
@RestController
class FairShareApi {

    private final FairShareCalculator calculator;

    FairShareApi(FairShareCalculator calculator) {
        this.calculator = calculator;
    }

    record Computed(String id, FairShareResult result) {
    }

    @PostMapping("/api/v1/fair-shares")
    Computed compute(@RequestBody FairShareRequest request) {
        Map.Entry<String, FairShareResult> run = calculator.computeAndRecord(request);
        return new Computed(run.getKey(), run.getValue());
    }

    static ProblemDetail problem(FairShareRejected e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setType(URI.create("https://pactum.example/problems/fair-share-rejected"));
        problem.setTitle("The request cannot be computed; nothing was stored");
        problem.setProperty("problems", e.problems());
        return problem;
    }

    @ExceptionHandler(FairShareRejected.class)
    ProblemDetail rejected(FairShareRejected e) {
        return problem(e);
    }
}
