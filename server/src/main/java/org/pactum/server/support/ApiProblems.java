package org.pactum.server.support;

import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.beans.TypeMismatchException;

/**
 * Turns the errors of the JSON API into RFC 9457 problem details that name what was wrong.
 * Only known failures are mapped; anything else stays a server error and is logged as such.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblems extends ResponseEntityExceptionHandler {

    static final String TYPE_BASE = "https://pactum.example/problems/";

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setType(URI.create(TYPE_BASE + "not-found"));
        problem.setTitle("Not found");
        problem.setProperty("kind", e.kind());
        problem.setProperty("key", e.key());
        return problem;
    }

    @ExceptionHandler(InvalidRequestException.class)
    ProblemDetail invalid(InvalidRequestException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setType(URI.create(TYPE_BASE + "invalid-parameter"));
        problem.setTitle("Invalid request parameter");
        problem.setProperty("parameter", e.parameter());
        return problem;
    }

    @ExceptionHandler(RuleViolationException.class)
    ProblemDetail ruleViolated(RuleViolationException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setType(URI.create(TYPE_BASE + "rule-violated"));
        problem.setTitle("Rule violated: " + e.rule());
        problem.setProperty("rule", e.rule());
        return problem;
    }

    @ExceptionHandler(UnprocessableException.class)
    ProblemDetail unprocessable(UnprocessableException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setType(URI.create(TYPE_BASE + "unprocessable"));
        problem.setTitle("Content cannot be accepted");
        problem.setProperty("field", e.field());
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String name = ex instanceof MethodArgumentTypeMismatchException m ? m.getName() : ex.getPropertyName();
        String expected = ex.getRequiredType() == null ? "another type" : ex.getRequiredType().getSimpleName();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Parameter '" + name + "' must be of type " + expected + ", was '" + ex.getValue() + "'");
        problem.setType(URI.create(TYPE_BASE + "invalid-parameter"));
        problem.setTitle("Invalid request parameter");
        problem.setProperty("parameter", name);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Parameter '" + ex.getParameterName() + "' is required");
        problem.setType(URI.create(TYPE_BASE + "invalid-parameter"));
        problem.setTitle("Missing request parameter");
        problem.setProperty("parameter", ex.getParameterName());
        return ResponseEntity.badRequest().body(problem);
    }
}
