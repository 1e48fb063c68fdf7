package org.pactum.server.support;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload larger than Pactum accepts ({@code spring.servlet.multipart.max-file-size}) is refused with
 * 413 before any controller runs: a problem detail for the API, a short page for people. Answered
 * here, directly, because the error page's own dispatch would try to read the oversized upload again.
 */
@ControllerAdvice
class UploadLimits {

    private final DataSize limit;

    UploadLimits(@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize limit) {
        this.limit = limit;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<?> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        String detail = "The upload is larger than Pactum accepts (" + limit.toKilobytes() + " KB); nothing was stored";
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail problem = ApiProblems.problem(HttpStatus.CONTENT_TOO_LARGE, "upload-too-large", "Upload too large",
                    detail, "limitBytes", limit.toBytes());
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.TEXT_HTML)
                .body("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Upload too large</title></head>"
                        + "<body><h1>Upload too large</h1><p>" + detail + ".</p><p><a href=\"/\">Pactum</a>"
                        + "</p></body></html>");
    }
}
