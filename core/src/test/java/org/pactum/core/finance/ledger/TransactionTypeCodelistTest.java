package org.pactum.core.finance.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.pactum.core.finance.IatiCodelists;

/** The enum is the published IATI 2.03 TransactionType codelist, code for code and name for name. */
class TransactionTypeCodelistTest {

    @Test
    void enumMatchesThePublishedCodelist() {
        Map<String, String> published = IatiCodelists.read("TransactionType");
        assertThat(published).hasSize(13);
        Map<String, String> ours = Arrays.stream(TransactionType.values())
                .collect(Collectors.toMap(t -> String.valueOf(t.code()), TransactionType::iatiName));
        assertThat(ours).containsExactlyInAnyOrderEntriesOf(published);
        assertThat(TransactionType.ofCode(7)).contains(TransactionType.REIMBURSEMENT);
        assertThat(TransactionType.ofCode(14)).isEmpty();
    }
}
