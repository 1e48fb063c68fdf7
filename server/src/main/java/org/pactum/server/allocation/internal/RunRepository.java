package org.pactum.server.allocation.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.pactum.core.allocation.Destination;
import org.pactum.core.allocation.Explanation;
import org.pactum.core.allocation.Household;
import org.pactum.core.allocation.Instance;
import org.pactum.core.allocation.TiePolicy;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** JDBC access to allocation runs, their destinations and their pseudonymised households (V20). */
@Repository
public class RunRepository {

    private static final String RUN_COLUMNS = "id, party_id, created_by, created_at, mode, time_limit_ms, tie_policy, tie_bonus, weeks, "
            + "quota_source, score_source, outcome_model, dimensions, destinations_file, households_file, household_count, person_count, "
            + "destination_count, status, phase, started_at, finished_at, method, objective, upper_bound, lp_bound, gap, proven_optimal, "
            + "solve_millis, failure, cases_deleted_at";
    private static final String CASE_COLUMNS = "row_number, pseudonym, persons, needs, tied_to, scores, placed_at, placed_score, "
            + "best_alternative, alternative_score, binding";
    private static final int MAX_FAILURE = 60_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    RunRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** The settings and inputs of a new run, as stored. */
    public record NewRun(String partyId, String createdBy, Instant createdAt, String mode, long timeLimitMillis, String tiePolicy,
            Double tieBonus, Integer weeks, String quotaSource, String scoreSource, String destinationsFile, String householdsFile) {
    }

    /** Stores a queued run with its destinations and pseudonymised households; returns its id. */
    public long insert(NewRun run, Instance instance, List<String> quotaNotes) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO allocation_run (party_id, created_by, created_at, mode, time_limit_ms, tie_policy, tie_bonus, weeks, "
                        + "quota_source, score_source, dimensions, destinations_file, households_file, household_count, person_count, "
                        + "destination_count, status, phase) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'QUEUED', 'queued')")
                .params(run.partyId(), run.createdBy(), Timestamp.from(run.createdAt()), run.mode(), run.timeLimitMillis(), run.tiePolicy(),
                        run.tieBonus(), run.weeks(), run.quotaSource(), run.scoreSource(), String.join(",", instance.dimensionNames()),
                        run.destinationsFile(), run.householdsFile(), instance.households(), instance.totalPersons(), instance.destinations())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        int m = instance.destinations();
        template.batchUpdate("INSERT INTO allocation_destination (run_id, position, destination_id, capacity, minimum, maximum, services, "
                + "quota_note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", IntStream.range(0, m).mapToObj(d -> new Object[] {id, d,
                instance.destinationId(d), instance.capacity(d), instance.minimum(d), instance.maximum(d), counts(instance.destination(d).services()),
                quotaNotes.get(d)}).toList());
        List<Object[]> cases = new ArrayList<>(instance.households());
        for (int i = 0; i < instance.households(); i++) {
            StringBuilder scores = new StringBuilder();
            for (int d = 0; d < m; d++) {
                if (d > 0) {
                    scores.append(',');
                }
                double score = instance.score(i, d);
                if (!Double.isNaN(score)) {
                    scores.append(Float.toString((float) score));
                }
            }
            cases.add(new Object[] {id, i + 1, instance.householdId(i), instance.persons(i), counts(instance.household(i).needs()),
                    instance.tie(i).map(instance::destinationId).orElse(null), scores.toString()});
        }
        template.batchUpdate("INSERT INTO allocation_case (run_id, row_number, pseudonym, persons, needs, tied_to, scores) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", cases);
        return id;
    }

    /** The instance of a run rebuilt from its stored rows (household ids are the pseudonyms). */
    public Instance instance(RunRow run) {
        List<DestinationRow> destinationRows = destinations(run.id());
        List<Destination> destinations = destinationRows.stream()
                .map(d -> new Destination(d.destinationId(), d.capacity(), d.minimum(), d.maximum(), ints(d.services()))).toList();
        List<String> dimensions = run.dimensions().isEmpty() ? List.of() : List.of(run.dimensions().split(","));
        int m = destinations.size();
        List<CaseRow> cases = jdbc.sql("SELECT " + CASE_COLUMNS + " FROM allocation_case WHERE run_id = ? ORDER BY row_number")
                .param(run.id()).query(RunRepository::caseRow).list();
        float[] scores = new float[cases.size() * m];
        List<Household> households = new ArrayList<>(cases.size());
        for (int i = 0; i < cases.size(); i++) {
            CaseRow row = cases.get(i);
            String[] cells = row.scores().split(",", -1);
            for (int d = 0; d < m; d++) {
                scores[i * m + d] = cells[d].isEmpty() ? Float.NaN : Float.parseFloat(cells[d]);
            }
            households.add(new Household(row.pseudonym(), row.persons(), ints(row.needs()), row.tiedTo()));
        }
        TiePolicy ties = run.tiePolicy().equals("HARD") ? TiePolicy.hard() : TiePolicy.weighted(run.tieBonus().orElse(0.0));
        return Instance.of(households, destinations, dimensions, scores, ties);
    }

    public Optional<RunRow> find(long id) {
        return jdbc.sql("SELECT " + RUN_COLUMNS + " FROM allocation_run WHERE id = ?").param(id).query(RunRepository::runRow).optional();
    }

    public List<RunRow> list(Optional<String> party, int limit, long offset) {
        return jdbc.sql("SELECT " + RUN_COLUMNS + " FROM allocation_run" + (party.isPresent() ? " WHERE party_id = :party" : "")
                        + " ORDER BY id DESC LIMIT " + limit + " OFFSET " + offset)
                .paramSource(party.map(p -> Map.of("party", p)).orElse(Map.of()))
                .query(RunRepository::runRow).list();
    }

    public long count(Optional<String> party) {
        return party.isPresent()
                ? jdbc.sql("SELECT COUNT(*) FROM allocation_run WHERE party_id = ?").param(party.get()).query(Long.class).single()
                : jdbc.sql("SELECT COUNT(*) FROM allocation_run").query(Long.class).single();
    }

    public List<DestinationRow> destinations(long runId) {
        return jdbc.sql("SELECT position, destination_id, capacity, minimum, maximum, services, quota_note, placed_households, placed_persons, "
                        + "services_used, score_sum FROM allocation_destination WHERE run_id = ? ORDER BY position")
                .param(runId).query((rs, n) -> new DestinationRow(rs.getInt(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                        rs.getString(6), Optional.ofNullable(rs.getString(7)), optionalInt(rs, 8), optionalLong(rs, 9),
                        Optional.ofNullable(rs.getString(10)), optionalDouble(rs, 11)))
                .list();
    }

    public List<CaseRow> cases(long runId, int limit, long offset) {
        return jdbc.sql("SELECT " + CASE_COLUMNS + " FROM allocation_case WHERE run_id = ? ORDER BY row_number LIMIT " + limit + " OFFSET " + offset)
                .param(runId).query(RunRepository::caseRow).list();
    }

    public long countCases(long runId) {
        return jdbc.sql("SELECT COUNT(*) FROM allocation_case WHERE run_id = ?").param(runId).query(Long.class).single();
    }

    public Optional<CaseRow> caseAt(long runId, int row) {
        return jdbc.sql("SELECT " + CASE_COLUMNS + " FROM allocation_case WHERE run_id = ? AND row_number = ?").params(runId, row)
                .query(RunRepository::caseRow).optional();
    }

    public Optional<Integer> rowOf(long runId, String pseudonym) {
        return jdbc.sql("SELECT row_number FROM allocation_case WHERE run_id = ? AND pseudonym = ?").params(runId, pseudonym)
                .query(Integer.class).optional();
    }

    /** Marks a queued run as running; false if it was not queued (another worker took it, or it was cancelled). */
    public boolean start(long id, Instant now) {
        return jdbc.sql("UPDATE allocation_run SET status = 'RUNNING', phase = 'solving', started_at = ? WHERE id = ? AND status = 'QUEUED'")
                .params(Timestamp.from(now), id).update() == 1;
    }

    public void phase(long id, String phase) {
        jdbc.sql("UPDATE allocation_run SET phase = ? WHERE id = ?").params(phase, id).update();
    }

    /** The outcome of a solved run, as stored. */
    public record Outcome(String method, int[] placement, double objective, Double upperBound, Double lpBound, Double gap,
            boolean provenOptimal, long solveMillis) {
    }

    /** Stores the placement, the explanations and the totals of a run and marks it complete: all in the caller's transaction. */
    public void complete(long id, Instance instance, Outcome outcome, List<Explanation> explanations, Instant now) {
        int n = instance.households();
        int m = instance.destinations();
        int k = instance.dimensions();
        int[] placement = outcome.placement();
        template.batchUpdate("UPDATE allocation_case SET placed_at = ?, placed_score = ?, best_alternative = ?, alternative_score = ?, "
                + "binding = ? WHERE run_id = ? AND row_number = ?", new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement ps, int i) throws SQLException {
                        Explanation e = explanations.get(i);
                        ps.setString(1, instance.destinationId(placement[i]));
                        ps.setDouble(2, instance.score(i, placement[i]));
                        ps.setString(3, e.bestAlternative().orElse(null));
                        if (e.bestAlternative().isPresent() && !Double.isNaN(e.alternativeScore())) {
                            ps.setDouble(4, e.alternativeScore());
                        } else {
                            ps.setNull(4, Types.DOUBLE);
                        }
                        ps.setString(5, truncate(String.join("\n", e.binding()), 20_000));
                        ps.setLong(6, id);
                        ps.setInt(7, i + 1);
                    }

                    @Override
                    public int getBatchSize() {
                        return n;
                    }
                });
        int[] households = new int[m];
        long[] persons = new long[m];
        long[] used = new long[m * k];
        double[] scoreSum = new double[m];
        for (int i = 0; i < n; i++) {
            int d = placement[i];
            households[d]++;
            persons[d] += instance.persons(i);
            scoreSum[d] += instance.score(i, d);
            for (int c = 0; c < k; c++) {
                used[d * k + c] += instance.need(i, c);
            }
        }
        template.batchUpdate("UPDATE allocation_destination SET placed_households = ?, placed_persons = ?, services_used = ?, score_sum = ? "
                + "WHERE run_id = ? AND position = ?", IntStream.range(0, m).mapToObj(d -> new Object[] {households[d], persons[d],
                IntStream.range(0, k).mapToObj(c -> String.valueOf(used[d * k + c])).collect(Collectors.joining(",")), scoreSum[d], id, d})
                .toList());
        jdbc.sql("UPDATE allocation_run SET status = 'COMPLETED', phase = 'done', finished_at = ?, method = ?, objective = ?, upper_bound = ?, "
                        + "lp_bound = ?, gap = ?, proven_optimal = ?, solve_millis = ? WHERE id = ?")
                .params(Timestamp.from(now), outcome.method(), outcome.objective(), outcome.upperBound(), outcome.lpBound(), outcome.gap(),
                        outcome.provenOptimal(), outcome.solveMillis(), id)
                .update();
    }

    /** Marks a run failed with the reason; no placement is stored. */
    public void fail(long id, String reason, Instant now) {
        jdbc.sql("UPDATE allocation_run SET status = 'FAILED', phase = 'failed', finished_at = ?, failure = ? WHERE id = ? "
                        + "AND status IN ('QUEUED', 'RUNNING')")
                .params(Timestamp.from(now), truncate(reason, MAX_FAILURE), id).update();
    }

    /** Runs still queued or running that were created before {@code before}: their node stopped while they waited or ran. */
    public List<Long> stale(Instant before) {
        return jdbc.sql("SELECT id FROM allocation_run WHERE status IN ('QUEUED', 'RUNNING') AND created_at < ? ORDER BY id")
                .param(Timestamp.from(before)).query(Long.class).list();
    }

    /** Runs uploaded before {@code cutoff} whose household rows are still stored. */
    public List<Long> pastRetention(Instant cutoff) {
        return jdbc.sql("SELECT id FROM allocation_run WHERE created_at < ? AND cases_deleted_at IS NULL AND status IN ('COMPLETED', 'FAILED') "
                        + "ORDER BY id")
                .param(Timestamp.from(cutoff)).query(Long.class).list();
    }

    /** Deletes a run's household rows and notes when; returns how many rows were deleted. */
    public int deleteCases(long runId, Instant now) {
        int deleted = jdbc.sql("DELETE FROM allocation_case WHERE run_id = ?").param(runId).update();
        jdbc.sql("UPDATE allocation_run SET cases_deleted_at = ? WHERE id = ?").params(Timestamp.from(now), runId).update();
        return deleted;
    }

    static String counts(int[] values) {
        return Arrays.stream(values).mapToObj(String::valueOf).collect(Collectors.joining(","));
    }

    static int[] ints(String counts) {
        return counts.isEmpty() ? new int[0] : Arrays.stream(counts.split(",")).mapToInt(Integer::parseInt).toArray();
    }

    static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static RunRow runRow(ResultSet rs, int n) throws SQLException {
        return new RunRow(rs.getLong("id"), rs.getString("party_id"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
                rs.getString("mode"), rs.getLong("time_limit_ms"), rs.getString("tie_policy"), optionalDouble(rs, "tie_bonus"),
                Optional.ofNullable((Integer) rs.getObject("weeks", Integer.class)), rs.getString("quota_source"), rs.getString("score_source"),
                Optional.ofNullable(rs.getString("outcome_model")), rs.getString("dimensions"), rs.getString("destinations_file"),
                rs.getString("households_file"), rs.getInt("household_count"), rs.getLong("person_count"), rs.getInt("destination_count"),
                rs.getString("status"), rs.getString("phase"), instant(rs, "started_at"), instant(rs, "finished_at"),
                Optional.ofNullable(rs.getString("method")), optionalDouble(rs, "objective"), optionalDouble(rs, "upper_bound"),
                optionalDouble(rs, "lp_bound"), optionalDouble(rs, "gap"), Optional.ofNullable(rs.getObject("proven_optimal", Boolean.class)),
                Optional.ofNullable(rs.getObject("solve_millis", Long.class)), Optional.ofNullable(rs.getString("failure")),
                instant(rs, "cases_deleted_at"));
    }

    private static CaseRow caseRow(ResultSet rs, int n) throws SQLException {
        return new CaseRow(rs.getInt(1), rs.getString(2), rs.getInt(3), rs.getString(4), Optional.ofNullable(rs.getString(5)), rs.getString(6),
                Optional.ofNullable(rs.getString(7)), optionalDouble(rs, 8), Optional.ofNullable(rs.getString(9)), optionalDouble(rs, 10),
                Optional.ofNullable(rs.getString(11)));
    }

    private static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? Optional.empty() : Optional.of(t.toInstant());
    }

    private static Optional<Double> optionalDouble(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(v);
    }

    private static Optional<Double> optionalDouble(ResultSet rs, int column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(v);
    }

    private static Optional<Integer> optionalInt(ResultSet rs, int column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(v);
    }

    private static Optional<Long> optionalLong(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(v);
    }
}
