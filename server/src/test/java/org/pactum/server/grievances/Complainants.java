package org.pactum.server.grievances;

import static org.pactum.server.testing.Members.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.pactum.server.identity.Member;
import org.pactum.server.identity.Role;
import org.pactum.server.identity.internal.MemberDetails;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The people of the grievance tests: complainants, each behind a connection of their own (so that
 * one test's filings do not spend another's rate limit), and the demo grievance officers.
 */
final class Complainants {

    static final MemberDetails OFFICER_UNHCR = officer("grievance.officer", "UNHCR");
    static final MemberDetails OFFICER_DEU = officer("grievance.officer.deu", "DEU");

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Complainants() {
    }

    /** A connection from an address no other request of the test run uses. */
    static RequestPostProcessor newConnection() {
        int n = NEXT.incrementAndGet();
        String address = "10.13." + (n / 250) + "." + (n % 250 + 1);
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    static RequestPostProcessor officerUnhcr() {
        return as(OFFICER_UNHCR);
    }

    static RequestPostProcessor officerDeu() {
        return as(OFFICER_DEU);
    }

    /** Files a complaint through the API from a new connection and returns the answer (receipt code and deadline). */
    static JsonNode file(MockMvc mvc, String json) throws Exception {
        String body = mvc.perform(post("/api/v1/grievances").with(newConnection()).contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JSON.readTree(body);
    }

    static JsonNode read(String json) {
        return JSON.readTree(json);
    }

    private static MemberDetails officer(String name, String party) {
        return new MemberDetails(new Member(name, Role.GRIEVANCE_OFFICER, Optional.of(party), name), "", true);
    }

    static Optional<String> none() {
        return Optional.empty();
    }
}
