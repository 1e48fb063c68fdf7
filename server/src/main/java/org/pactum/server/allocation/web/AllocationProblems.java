package org.pactum.server.allocation.web;

import java.net.URI;
import org.pactum.server.allocation.AllocationBusy;
import org.pactum.server.allocation.InputRejected;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The allocation API's own problems: a rejected upload is 422 with its report (one entry per problem:
 * kind, file, line, column, message); a full queue is 429 with when to try again.
 */
@RestControllerAdvice(assignableTypes = AllocationApi.class)
class AllocationProblems {

    @ExceptionHandler(InputRejected.class)
    ResponseEntity<ProblemDetail> rejected(InputRejected e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setType(URI.create("https://pactum.example/problems/" + (e.infeasible() ? "allocation-infeasible" : "allocation-invalid")));
        problem.setTitle(e.infeasible() ? "No allocation can meet every rule" : "The upload is not a valid allocation instance");
        problem.setProperty("problems", e.report());
        problem.setProperty("stored", false);
        return ResponseEntity.unprocessableContent().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(AllocationBusy.class)
    ResponseEntity<ProblemDetail> busy(AllocationBusy e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, e.getMessage());
        problem.setType(URI.create("https://pactum.example/problems/allocation-busy"));
        problem.setTitle("Allocation workers busy");
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, "60")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
