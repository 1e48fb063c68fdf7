package org.pactum.server.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.pactum.server.allocation.Cases.destinationsCsv;
import static org.pactum.server.allocation.Cases.householdsCsv;
import static org.pactum.server.allocation.Cases.upload;
import static org.pactum.server.testing.Members.ALLOCATION_OFFICER_DEU;
import static org.pactum.server.testing.Members.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.pactum.server.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bad uploads are refused whole with a report that names the file, line and column, or the
 * constraint, destinations and rows; nothing of them is stored. Each case changes one thing in the
 * hand-written instance of {@link Cases}.
 */
class AllocationBadInputIT extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @LocalServerPort
    int port;

    private ResultActions send(String destinations, String households) throws Exception {
        return mvc.perform(upload(destinations, households).with(as(ALLOCATION_OFFICER_DEU)));
    }

    private long stored() {
        return jdbc.sql("SELECT COUNT(*) FROM allocation_run").query(Long.class).single()
                + jdbc.sql("SELECT COUNT(*) FROM allocation_case").query(Long.class).single();
    }

    @Test
    void aMissingColumnIsNamedWithItsFileAndLine() throws Exception {
        long before = stored();
        String households = householdsCsv().replaceFirst("id,persons,", "id,size,");
        send(destinationsCsv(), households).andExpect(status().isUnprocessableContent())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.problems[0].kind").value("missing-column"))
                .andExpect(jsonPath("$.problems[0].file").value("households.csv"))
                .andExpect(jsonPath("$.problems[0].line").value(1))
                .andExpect(jsonPath("$.problems[0].column").value("persons"))
                .andExpect(jsonPath("$.stored").value(false));
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void duplicateIdsAreReportedWithTheirRows() throws Exception {
        long before = stored();
        String households = householdsCsv().replace("BAMF-2026-1003", "BAMF-2026-1001");
        send(destinationsCsv(), households).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.problems[0].kind").value("duplicate-household"))
                .andExpect(jsonPath("$.problems[0].message").value(containsString("in rows [2, 4]")));
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aScoreOutsideZeroToOneIsNamedByLineAndColumn() throws Exception {
        long before = stored();
        // the third household's score at B (line 4 of the file) becomes 1.5
        String[] lines = householdsCsv().split("\n");
        String[] cells = lines[3].split(",", -1);
        cells[5] = "1.5";
        lines[3] = String.join(",", cells);
        send(destinationsCsv(), String.join("\n", lines)).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.problems[0].line").value(4))
                .andExpect(jsonPath("$.problems[0].column").value("score:B"))
                .andExpect(jsonPath("$.problems[0].message").value(containsString("between 0 and 1")));
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aHouseholdLargerThanEveryCapacityIsExplainedPerDestination() throws Exception {
        long before = stored();
        // the first household counts 13 persons: A takes 12, B 10, C 8
        String households = householdsCsv().replace("BAMF-2026-1000,4,", "BAMF-2026-1000,13,");
        send(destinationsCsv(), households).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value(containsString("allocation-infeasible")))
                .andExpect(jsonPath("$.problems[0].kind").value("household-fits-nowhere"))
                .andExpect(jsonPath("$.problems[0].message").value(containsString("row 1, 13 persons")))
                .andExpect(jsonPath("$.problems[0].message").value(containsString("A: capacity 12 persons")))
                .andExpect(jsonPath("$.problems[0].message").value(containsString("C: capacity 8 persons")));
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void quotasThatCannotAllBeMetAreExplained() throws Exception {
        long before = stored();
        // minimums of 12 + 10 + 8 = 30 persons, but only 25 arrive
        String destinations = destinationsCsv().replace("A,12,4,", "A,12,12,").replace("B,10,0,", "B,10,10,").replace("C,8,3,", "C,8,8,");
        send(destinations, householdsCsv()).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.problems[?(@.kind == 'minimums-exceed-arrivals')].message")
                        .value(org.hamcrest.Matchers.hasItem(containsString("add up to 30 persons but only 25"))));
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aNameColumnIsRefused() throws Exception {
        long before = stored();
        String households = householdsCsv().replaceFirst("id,persons,", "id,first_name,persons,").replaceAll("(BAMF-2026-\\d{4}),", "$1,Amina,");
        send(destinationsCsv(), households).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.problems[0].kind").value("identifying-column"))
                .andExpect(jsonPath("$.problems[0].column").value("first_name"));
        assertThat(stored()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_record WHERE detail LIKE '%Amina%'").query(Long.class).single()).isZero();
    }

    @Test
    void badParametersAndOversizedUploadsAreRefused() throws Exception {
        long before = stored();
        send(destinationsCsv(), householdsCsv()).andReturn(); // a valid upload is accepted (counted below)
        long afterValid = stored();
        assertThat(afterValid).isGreaterThan(before);
        mvc.perform(upload(destinationsCsv(), householdsCsv()).param("mode", "lottery").with(as(ALLOCATION_OFFICER_DEU)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("mode"));
        mvc.perform(upload(destinationsCsv(), householdsCsv()).param("timeLimitSeconds", "100000").with(as(ALLOCATION_OFFICER_DEU)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("timeLimitSeconds"));
        mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/allocation/runs")
                        .file(new MockMultipartFile("destinations", "d.csv", "text/csv", destinationsCsv().getBytes(StandardCharsets.UTF_8)))
                        .with(as(ALLOCATION_OFFICER_DEU)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.parameter").value("households"));
        mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/allocation/runs")
                        .file(new MockMultipartFile("destinations", "d.csv", "text/csv", destinationsCsv().getBytes(StandardCharsets.UTF_8)))
                        .file(new MockMultipartFile("households", "h.csv", "text/csv", new byte[0]))
                        .with(as(ALLOCATION_OFFICER_DEU)))
                .andExpect(status().isBadRequest());
        assertThat(stored()).isEqualTo(afterValid);
    }

    @Test
    void anUploadAboveTheLimitIsRefusedWith413BeforeAnythingIsStored() throws Exception {
        long before = stored();
        String token = json.readTree(mvc.perform(MockMvcRequestBuilders.post("/api/v1/tokens")
                        .with(as(ALLOCATION_OFFICER_DEU)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"upload limit\"}"))
                .andReturn().getResponse().getContentAsString()).path("secret").asString();
        // the tests' limit is 1 MB: a households file of 1.2 MB
        StringBuilder households = new StringBuilder(Cases.householdsCsv());
        while (households.length() < 1_200_000) {
            households.append("# padding that makes the file too large for the upload limit\n");
        }
        String boundary = "----pactum-allocation-test";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"destinations\"; filename=\"destinations.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + destinationsCsv() + "\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"households\"; filename=\"households.csv\"\r\nContent-Type: text/csv\r\n\r\n"
                + households + "\r\n--" + boundary + "--\r\n";
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest
                .newBuilder(URI.create("http://localhost:" + port + "/api/v1/allocation/runs"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(stored()).isEqualTo(before);
    }
}
