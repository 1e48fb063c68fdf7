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

    /** A problem of one of Pactum's types, naming what it is about in one property. */
    static ProblemDetail problem(HttpStatus status, String type, String title, String detail, String property,
            Object value) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        problem.setProperty(property, value);
        return problem;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        ProblemDetail problem = problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage(), "kind", e.kind());
        problem.setProperty("key", e.key());
        if (!e.suggestions().isEmpty()) {
            problem.setProperty("suggestions", e.suggestions());
        }
        return problem;
    }

    @ExceptionHandler(InvalidRequestException.class)
    ProblemDetail invalid(InvalidRequestException e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid request parameter", e.getMessage(),
                "parameter", e.parameter());
    }

    @ExceptionHandler(RuleViolationException.class)
    ProblemDetail ruleViolated(RuleViolationException e) {
        return problem(HttpStatus.CONFLICT, "rule-violated", "Rule violated: " + e.rule(), e.getMessage(), "rule", e.rule());
    }

    @ExceptionHandler(UnprocessableException.class)
    ProblemDetail unprocessable(UnprocessableException e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "unprocessable", "Content cannot be accepted", e.getMessage(),
                "field", e.field());
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String name = ex instanceof MethodArgumentTypeMismatchException m ? m.getName() : ex.getPropertyName();
        String expected = ex.getRequiredType() == null ? "another type" : ex.getRequiredType().getSimpleName();
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "invalid-parameter",
                "Invalid request parameter", "Parameter '" + name + "' must be of type " + expected + ", was '"
                        + ex.getValue() + "'", "parameter", name));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "invalid-parameter",
                "Missing request parameter", "Parameter '" + ex.getParameterName() + "' is required", "parameter",
                ex.getParameterName()));
    }
}
