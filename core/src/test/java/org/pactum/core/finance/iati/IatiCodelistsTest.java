package org.pactum.core.finance.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.pactum.core.finance.IatiCodelists;

/** Our enums are the published IATI 2.03 codelists, code for code and name for name. */
class IatiCodelistsTest {

    @Test
    void organisationRoles() {
        assertThat(Arrays.stream(OrganisationRole.values()).collect(Collectors.toMap(r -> String.valueOf(r.code()), OrganisationRole::iatiName)))
                .containsExactlyInAnyOrderEntriesOf(IatiCodelists.read("OrganisationRole"));
    }

    @Test
    void activityStatuses() {
        assertThat(Arrays.stream(ActivityStatus.values()).collect(Collectors.toMap(s -> String.valueOf(s.code()), ActivityStatus::iatiName)))
                .containsExactlyInAnyOrderEntriesOf(IatiCodelists.read("ActivityStatus"));
    }

    @Test
    void activityDateTypes() {
        assertThat(Arrays.stream(ActivityDate.Type.values()).collect(Collectors.toMap(t -> String.valueOf(t.code()), ActivityDate.Type::iatiName)))
                .containsExactlyInAnyOrderEntriesOf(IatiCodelists.read("ActivityDateType"));
    }
}
