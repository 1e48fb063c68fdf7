package org.pactum.server.support;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * The web server's own error answer, for requests refused before they reach Pactum (an address with
 * an encoded slash or a NUL character, a malformed request line): an RFC 9457 problem detail for
 * the JSON API and for clients that ask for JSON, a plain page otherwise. Replaces Tomcat's report,
 * which is HTML for everyone and names the server.
 */
public class ProblemReportValve extends ErrorReportValve {

    public ProblemReportValve() {
        setShowServerInfo(false);
        setShowReport(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        try {
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer == null) {
                return;
            }
            if (wantsJson(request)) {
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                writer.write(known == null ? "{\"status\":" + status + "}" : ProblemResponses.json(known,
                        "The request was refused before it reached Pactum: check its address", java.util.Map.of()));
            } else {
                response.setContentType("text/html");
                writer.write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + status + " "
                        + title + "</title></head><body><h1>" + status + " " + title
                        + "</h1><p>The request was refused before it reached Pactum: check its address.</p>"
                        + "<p><a href=\"/\">Pactum</a></p></body></html>");
            }
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // the client has gone: nothing more to say
        }
    }

    private static boolean wantsJson(Request request) {
        String uri = request.getDecodedRequestURI();
        String raw = request.getRequestURI();
        String accept = request.getHeader("Accept");
        return (uri != null && uri.startsWith("/api/")) || (raw != null && raw.startsWith("/api/"))
                || (accept != null && accept.contains("json") && !accept.contains("text/html"));
    }
}
