package org.pactum.server.fairshare.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.pactum.server.fairshare.FairShareRequest;
import org.pactum.server.fairshare.FairShareResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores computed fair shares with the request, data year and editions they rest on. */
@Repository
public class FairShareRuns {

    private final JdbcClient jdbc;

    FairShareRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public String save(FairShareRequest request, FairShareResult result, String actor) {
        String id = UUID.randomUUID().toString();
        jdbc.sql("INSERT INTO fair_share_run (id, key_id, data_year, method, total_persons, participants, excluded, editions, "
                        + "created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, result.key(), result.dataYear(), result.method(), result.total(),
                        String.join(",", result.rows().stream().map(FairShareResult.Row::state).toList()),
                        String.join(",", request.excluded()), String.join("\n", result.sources()),
                        Timestamp.from(Instant.now()), actor)
                .update();
        for (FairShareResult.Row row : result.rows()) {
            jdbc.sql("INSERT INTO fair_share_allotment (run_id, state_iso3, share, quota, persons) VALUES (?, ?, ?, ?, ?)")
                    .params(id, row.state(), row.share().toPlainString(), row.quota().toPlainString(), row.persons())
                    .update();
        }
        return id;
    }
}
