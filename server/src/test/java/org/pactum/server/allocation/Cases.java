package org.pactum.server.allocation;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.pactum.server.testing.Members;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small allocation instance written out by hand: three destinations with one service dimension
 * (medical places) and ten households of 1 to 4 persons, with a tie, an incompatible pair and
 * household ids that look like a registration number, so that tests can look for them in the database.
 */
final class Cases {

    static final String[] DESTINATIONS = {"A", "B", "C"};
    static final int[] CAPACITY = {12, 10, 8};
    static final int[] MINIMUM = {4, 0, 3};
    static final int[] MAXIMUM = {12, 10, 8};
    static final int[] MEDICAL = {2, 1, 3};

    static final String[] IDS = new String[10];
    static final int[] PERSONS = {4, 3, 2, 1, 3, 2, 4, 1, 2, 3};
    static final int[] NEEDS = {1, 0, 0, 1, 0, 1, 0, 0, 1, 0};
    /** The destination each household is tied to, -1 for none. */
    static final int[] TIE = {-1, 1, -1, -1, -1, -1, -1, -1, -1, -1};
    /** Scores per household and destination; NaN where the household may not go. */
    static final double[][] SCORES = new double[10][3];
    static final double TIE_BONUS = 0.1;

    static {
        for (int i = 0; i < 10; i++) {
            IDS[i] = String.format("BAMF-2026-%04d", 1000 + i);
            for (int d = 0; d < 3; d++) {
                SCORES[i][d] = ((i * 7 + d * 3) % 10) / 10.0 + 0.05;
            }
        }
        SCORES[4][2] = Double.NaN;
    }

    private Cases() {
    }

    static String destinationsCsv() {
        StringBuilder csv = new StringBuilder("id,capacity,minimum,maximum,service:medical\n");
        for (int d = 0; d < 3; d++) {
            csv.append(DESTINATIONS[d]).append(',').append(CAPACITY[d]).append(',').append(MINIMUM[d]).append(',').append(MAXIMUM[d]).append(',')
                    .append(MEDICAL[d]).append('\n');
        }
        return csv.toString();
    }

    static String householdsCsv() {
        StringBuilder csv = new StringBuilder("id,persons,need:medical,tied_to,score:A,score:B,score:C\n");
        for (int i = 0; i < 10; i++) {
            csv.append(IDS[i]).append(',').append(PERSONS[i]).append(',').append(NEEDS[i]).append(',').append(TIE[i] < 0 ? "" : DESTINATIONS[TIE[i]]);
            for (int d = 0; d < 3; d++) {
                csv.append(',').append(Double.isNaN(SCORES[i][d]) ? "" : String.valueOf(SCORES[i][d]));
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    static double value(int i, int d) {
        return (float) SCORES[i][d] + (TIE[i] == d ? TIE_BONUS : 0);
    }

    /** The best objective over all 3^10 placements that meet every rule, by enumeration. */
    static double bruteForceOptimum() {
        double best = Double.NEGATIVE_INFINITY;
        int[] placement = new int[10];
        for (int code = 0; code < 59049; code++) {
            int c = code;
            for (int i = 0; i < 10; i++) {
                placement[i] = c % 3;
                c /= 3;
            }
            if (violations(placement).isEmpty()) {
                double total = 0;
                for (int i = 0; i < 10; i++) {
                    total += value(i, placement[i]);
                }
                best = Math.max(best, total);
            }
        }
        return best;
    }

    /** Every rule the placement breaks, checked here from the instance as written above. */
    static java.util.List<String> violations(int[] placement) {
        java.util.List<String> broken = new java.util.ArrayList<>();
        int[] persons = new int[3];
        int[] medical = new int[3];
        for (int i = 0; i < 10; i++) {
            int d = placement[i];
            if (Double.isNaN(SCORES[i][d])) {
                broken.add("household " + i + " at incompatible " + DESTINATIONS[d]);
            }
            persons[d] += PERSONS[i];
            medical[d] += NEEDS[i];
        }
        for (int d = 0; d < 3; d++) {
            if (persons[d] > CAPACITY[d] || persons[d] > MAXIMUM[d] || persons[d] < MINIMUM[d] || medical[d] > MEDICAL[d]) {
                broken.add(DESTINATIONS[d] + ": " + persons[d] + " persons, " + medical[d] + " medical");
            }
        }
        return broken;
    }

    static MockMultipartHttpServletRequestBuilder upload(String destinations, String households) {
        return (MockMultipartHttpServletRequestBuilder) multipart("/api/v1/allocation/runs")
                .file(new MockMultipartFile("destinations", "destinations.csv", "text/csv", destinations.getBytes(StandardCharsets.UTF_8)))
                .file(new MockMultipartFile("households", "households.csv", "text/csv", households.getBytes(StandardCharsets.UTF_8)));
    }

    /** Starts a run as Germany's officer and waits until it is finished; returns its id. */
    static long runToCompletion(MockMvc mvc, JsonMapper json, String mode) throws Exception {
        String body = mvc.perform(upload(destinationsCsv(), householdsCsv()).param("mode", mode).param("timeLimitSeconds", "30")
                        .param("tieBonus", String.valueOf(TIE_BONUS)).with(Members.as(Members.ALLOCATION_OFFICER_DEU)))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        long id = json.readTree(body).path("id").asLong();
        awaitFinished(mvc, json, id);
        return id;
    }

    static JsonNode awaitFinished(MockMvc mvc, JsonMapper json, long id) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (true) {
            JsonNode progress = json.readTree(mvc.perform(get("/api/v1/allocation/runs/" + id + "/progress")
                    .with(Members.as(Members.ALLOCATION_OFFICER_DEU))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            String state = progress.path("status").asString();
            if (state.equals("COMPLETED") || state.equals("FAILED")) {
                return progress;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("run " + id + " still " + state + " after 90 s");
            }
            Thread.sleep(200);
        }
    }
}
