package org.pactum.server.support;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The answer to every error that no controller answered itself (a path that does not exist, a
 * request refused before it reached a controller, an unexpected failure): an RFC 9457 problem
 * detail for the JSON API and for clients that ask for JSON, the error page for people. Nothing
 * about the server's internals is shown; unexpected failures are logged with the path.
 */
@Controller
class ErrorResponses implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ErrorResponses.class);

    @RequestMapping(value = "/error", produces = {MediaType.APPLICATION_PROBLEM_JSON_VALUE, MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        HttpStatus status = status(request);
        logUnexpected(request, status);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail(request, status));
        problem.setTitle(status.getReasonPhrase());
        problem.setProperty("path", path(request));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @RequestMapping("/error")
    Object page(HttpServletRequest request) {
        if (path(request).startsWith("/api/")) {
            return problem(request);
        }
        HttpStatus status = status(request);
        logUnexpected(request, status);
        return new ModelAndView("error", Map.of("status", status.value()), status);
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private static String path(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return uri instanceof String text ? text : "";
    }

    /** A plain explanation; the exception's own message only for client errors, where it names what was wrong. */
    private static String detail(HttpServletRequest request, HttpStatus status) {
        if (status == HttpStatus.NOT_FOUND) {
            Object error = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
            return error instanceof NotFoundException notFound ? notFound.getMessage()
                    : "Nothing is published at this address";
        }
        if (status.is5xxServerError()) {
            return "The request could not be completed; the failure has been logged";
        }
        return switch (status) {
            case BAD_REQUEST -> "The request is malformed: check its address and parameters";
            case UNAUTHORIZED -> "Sign in or present an API token";
            case FORBIDDEN -> "This account may not do this";
            case METHOD_NOT_ALLOWED -> "This address does not accept this method";
            case CONTENT_TOO_LARGE -> "The request is larger than Pactum accepts";
            case UNSUPPORTED_MEDIA_TYPE -> "This address does not accept this type of content";
            default -> status.getReasonPhrase();
        };
    }

    private static void logUnexpected(HttpServletRequest request, HttpStatus status) {
        if (status.is5xxServerError()) {
            log.error("Unexpected failure answering {}", path(request),
                    (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
        }
    }
}
