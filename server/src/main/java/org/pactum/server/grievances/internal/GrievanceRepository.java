package org.pactum.server.grievances.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pactum.server.grievances.internal.GrievanceRow.NoteRow;
import org.pactum.server.grievances.internal.GrievanceRow.StepRow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** JDBC access to the grievance tables (V50). Text the complainant wrote only ever passes through here sealed. */
@Repository
public class GrievanceRepository {

    private static final String COLUMNS = "id, category, place, agreement_id, named_party, party_id, language, key_id, "
            + "description_sealed, contact_sealed, status, referred_unit, response, reason, filed_at, due_at, escalated_at, closed_at, receipt_digest";

    private final JdbcClient jdbc;

    GrievanceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new complaint under the digest of its receipt code and returns its id. */
    public long insert(byte[] receiptDigest, GrievanceRow row) {
        String digest = HexFormat.of().formatHex(receiptDigest);
        jdbc.sql("INSERT INTO grievance (receipt_digest, category, place, agreement_id, named_party, party_id, language, key_id, "
                        + "description_sealed, contact_sealed, status, filed_at, due_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(digest, row.category(), row.place(), row.agreementId().orElse(null), row.namedParty().orElse(null),
                        row.partyId(), row.language(), row.keyId(), row.descriptionSealed(), row.contactSealed().orElse(null),
                        row.status(), Timestamp.from(row.filedAt()), Timestamp.from(row.dueAt()))
                .update();
        return jdbc.sql("SELECT id FROM grievance WHERE receipt_digest = ?").param(digest).query(Long.class).single();
    }

    /** The stored digest and id of the complaint filed under this digest, if any. */
    public Optional<Map.Entry<Long, byte[]>> byDigest(byte[] receiptDigest) {
        return jdbc.sql("SELECT id, receipt_digest FROM grievance WHERE receipt_digest = ?").param(HexFormat.of().formatHex(receiptDigest))
                .query((rs, n) -> Map.entry(rs.getLong(1), HexFormat.of().parseHex(rs.getString(2)))).optional();
    }

    public Optional<GrievanceRow> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM grievance WHERE id = ?").param(id).query(this::row).optional();
    }

    /** Locks the complaint's row until the end of the transaction, so that two officers' steps do not cross. */
    public Optional<GrievanceRow> lock(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM grievance WHERE id = ? FOR UPDATE").param(id).query(this::row).optional();
    }

    /** The complaints a party's officers handle (and, for the triage party, every escalated one), newest deadline last. */
    public List<GrievanceRow> visibleTo(String party, boolean triage, Optional<String> status, int limit, long offset) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM grievance WHERE " + visibility(triage) + statusFilter(status)
                        + " ORDER BY due_at, id LIMIT " + limit + " OFFSET " + offset)
                .params(visibilityParams(party, status)).query(this::row).list();
    }

    public long countVisibleTo(String party, boolean triage, Optional<String> status) {
        return jdbc.sql("SELECT COUNT(*) FROM grievance WHERE " + visibility(triage) + statusFilter(status))
                .params(visibilityParams(party, status)).query(Long.class).single();
    }

    private static String visibility(boolean triage) {
        return triage ? "(party_id = ? OR escalated_at IS NOT NULL)" : "party_id = ?";
    }

    private static String statusFilter(Optional<String> status) {
        return status.isPresent() ? " AND status = ?" : "";
    }

    private static List<Object> visibilityParams(String party, Optional<String> status) {
        return status.<List<Object>>map(s -> List.of(party, s)).orElse(List.of(party));
    }

    public void updateStatus(long id, String status, Optional<String> partyId, Optional<String> referredUnit, Optional<String> response,
            Optional<String> reason, Optional<Instant> closedAt) {
        jdbc.sql("UPDATE grievance SET status = ?, party_id = COALESCE(?, party_id), referred_unit = COALESCE(?, referred_unit), "
                        + "response = ?, reason = ?, closed_at = ? WHERE id = ?")
                .params(status, partyId.orElse(null), referredUnit.orElse(null), response.orElse(null), reason.orElse(null),
                        closedAt.map(Timestamp::from).orElse(null), id)
                .update();
    }

    public void insertStep(long id, Instant at, String status, String by) {
        jdbc.sql("INSERT INTO grievance_step (grievance_id, taken_at, status, taken_by) VALUES (?, ?, ?, ?)")
                .params(id, Timestamp.from(at), status, by).update();
    }

    public List<StepRow> steps(long id) {
        return jdbc.sql("SELECT taken_at, status, taken_by FROM grievance_step WHERE grievance_id = ? ORDER BY id").param(id)
                .query((rs, n) -> new StepRow(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3))).list();
    }

    public void insertNote(long id, String keyId, String sealed, Instant at, String by) {
        jdbc.sql("INSERT INTO grievance_note (grievance_id, key_id, body_sealed, written_at, written_by) VALUES (?, ?, ?, ?, ?)")
                .params(id, keyId, sealed, Timestamp.from(at), by).update();
    }

    public List<NoteRow> notes(long id) {
        return jdbc.sql("SELECT id, key_id, body_sealed, written_at, written_by FROM grievance_note WHERE grievance_id = ? ORDER BY id")
                .param(id).query((rs, n) -> new NoteRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant(),
                        rs.getString(5))).list();
    }

    /** Open complaints past their deadline and not yet escalated. */
    public List<GrievanceRow> overdue(Instant now) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM grievance WHERE escalated_at IS NULL AND status NOT IN ('RESOLVED', 'REJECTED') "
                        + "AND due_at < ? ORDER BY id").param(Timestamp.from(now)).query(this::row).list();
    }

    /** Marks a complaint escalated unless another node did it first; returns whether this call did. */
    public boolean escalate(long id, Instant at) {
        return jdbc.sql("UPDATE grievance SET escalated_at = ? WHERE id = ? AND escalated_at IS NULL").params(Timestamp.from(at), id)
                .update() == 1;
    }

    // --- key rotation

    /** Ids of complaints whose text is sealed with one of these (older) keys. */
    public List<Long> sealedWith(java.util.Collection<String> keyIds, int limit) {
        if (keyIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT id FROM grievance WHERE key_id IN (:keys) ORDER BY id LIMIT " + limit).param("keys", keyIds)
                .query(Long.class).list();
    }

    public List<NoteRow> notesSealedWith(java.util.Collection<String> keyIds, int limit) {
        if (keyIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT id, key_id, body_sealed, written_at, written_by FROM grievance_note WHERE key_id IN (:keys) ORDER BY id LIMIT "
                        + limit).param("keys", keyIds)
                .query((rs, n) -> new NoteRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant(),
                        rs.getString(5))).list();
    }

    public void reseal(long id, String keyId, String description, Optional<String> contact) {
        jdbc.sql("UPDATE grievance SET key_id = ?, description_sealed = ?, contact_sealed = ? WHERE id = ?")
                .params(keyId, description, contact.orElse(null), id).update();
    }

    public long noteGrievance(long noteId) {
        return jdbc.sql("SELECT grievance_id FROM grievance_note WHERE id = ?").param(noteId).query(Long.class).single();
    }

    public void resealNote(long noteId, String keyId, String body) {
        jdbc.sql("UPDATE grievance_note SET key_id = ?, body_sealed = ? WHERE id = ?").params(keyId, body, noteId).update();
    }

    // --- statistics

    public Map<String, Long> countsByCategory() {
        return counts("SELECT category, COUNT(*) FROM grievance GROUP BY category");
    }

    public Map<String, Long> countsByAgreement() {
        return counts("SELECT COALESCE(agreement_id, ''), COUNT(*) FROM grievance GROUP BY COALESCE(agreement_id, '')");
    }

    public List<Instant> filingTimes() {
        return jdbc.sql("SELECT filed_at FROM grievance ORDER BY filed_at").query((rs, n) -> rs.getTimestamp(1).toInstant()).list();
    }

    /** Filing and closing time of every resolved complaint. */
    public List<Instant[]> resolutions() {
        return jdbc.sql("SELECT filed_at, closed_at FROM grievance WHERE status = 'RESOLVED' AND closed_at IS NOT NULL")
                .query((rs, n) -> new Instant[] {rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant()}).list();
    }

    private Map<String, Long> counts(String sql) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql(sql).query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    private GrievanceRow row(ResultSet rs, int n) throws SQLException {
        return new GrievanceRow(rs.getLong(1), rs.getString(2), rs.getString(3), Optional.ofNullable(rs.getString(4)),
                Optional.ofNullable(rs.getString(5)), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                Optional.ofNullable(rs.getString(10)), rs.getString(11), Optional.ofNullable(rs.getString(12)),
                Optional.ofNullable(rs.getString(13)), Optional.ofNullable(rs.getString(14)), rs.getTimestamp(15).toInstant(),
                rs.getTimestamp(16).toInstant(), Optional.ofNullable(rs.getTimestamp(17)).map(Timestamp::toInstant),
                Optional.ofNullable(rs.getTimestamp(18)).map(Timestamp::toInstant), rs.getString(19));
    }
}
