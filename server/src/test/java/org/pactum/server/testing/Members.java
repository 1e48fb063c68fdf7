package org.pactum.server.testing;

import java.util.Optional;
import org.pactum.server.identity.Member;
import org.pactum.server.identity.Role;
import org.pactum.server.identity.internal.MemberDetails;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;

/** The demo accounts as MockMvc requests sign them in. */
public final class Members {

    public static final MemberDetails ADMIN = details("admin", Role.ADMIN, null);
    public static final MemberDetails ANALYST_DEU = details("analyst.deu", Role.ANALYST, "DEU");
    public static final MemberDetails ANALYST_FRA = details("analyst.fra", Role.ANALYST, "FRA");
    public static final MemberDetails VERIFIER = details("verifier", Role.VERIFIER, "EVALUATOR");
    public static final MemberDetails GRIEVANCE_OFFICER = details("grievance.officer", Role.GRIEVANCE_OFFICER, "UNHCR");
    public static final MemberDetails ALLOCATION_OFFICER_DEU = details("allocation.officer.deu", Role.ALLOCATION_OFFICER, "DEU");
    public static final MemberDetails ALLOCATION_OFFICER_FRA = details("allocation.officer.fra", Role.ALLOCATION_OFFICER, "FRA");

    private Members() {
    }

    public static RequestPostProcessor as(MemberDetails member) {
        return SecurityMockMvcRequestPostProcessors.user(member);
    }

    private static MemberDetails details(String name, Role role, String party) {
        return new MemberDetails(new Member(name, role, Optional.ofNullable(party), name), "", true);
    }
}
