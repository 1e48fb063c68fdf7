package org.pactum.server.agreements.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.pactum.core.compliance.Comparison;
import org.pactum.server.agreements.Agreement;
import org.pactum.server.agreements.AgreementParty;
import org.pactum.server.agreements.AgreementStatus;
import org.pactum.server.agreements.AgreementTerms;
import org.pactum.server.agreements.Clause;
import org.pactum.server.agreements.ClauseKind;
import org.pactum.server.agreements.Commitment;
import org.pactum.server.agreements.CommitmentStatus;
import org.pactum.server.agreements.HistoryEntry;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Rows of an agreement and its parts, kept apart from the aggregate: the agreement row carries a
 * version for optimistic locking; parties, clauses and commitments are written afresh with it
 * (they change only in drafts).
 */
@Repository
public class AgreementRepository {

    private final JdbcClient jdbc;

    AgreementRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean exists(String id) {
        return jdbc.sql("SELECT COUNT(*) FROM agreement WHERE id = ?").param(id).query(Long.class).single() > 0;
    }

    public List<String> ids() {
        return jdbc.sql("SELECT id FROM agreement ORDER BY id").query(String.class).list();
    }

    public Optional<Agreement> find(String id) {
        return jdbc.sql("SELECT * FROM agreement WHERE id = ?").param(id).query((rs, n) -> row(rs)).optional()
                .map(this::assemble);
    }

    public Optional<Agreement> findForUpdate(String id) {
        return jdbc.sql("SELECT * FROM agreement WHERE id = ? FOR UPDATE").param(id).query((rs, n) -> row(rs)).optional()
                .map(this::assemble);
    }

    public List<Agreement> findAll() {
        return jdbc.sql("SELECT * FROM agreement ORDER BY starts_on DESC, id").query((rs, n) -> row(rs)).list().stream()
                .map(this::assemble).toList();
    }

    public void insert(Agreement agreement) {
        Timestamp now = Timestamp.from(Instant.now());
        AgreementTerms t = agreement.terms();
        jdbc.sql("INSERT INTO agreement (id, title, type_code, summary, status, published, illustrative, starts_on, ends_on, "
                        + "signed_on, in_force_on, status_reason, version, created_at, updated_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)")
                .params(agreement.id(), t.title(), t.typeCode(), t.summary(), agreement.status().name(), agreement.published(),
                        t.illustrative(), Date.valueOf(t.startsOn()), Date.valueOf(t.endsOn()), date(agreement.signedOn()),
                        date(agreement.inForceOn()), agreement.statusReason(), now, now)
                .update();
        writeParts(agreement);
    }

    public void update(Agreement agreement) {
        AgreementTerms t = agreement.terms();
        int updated = jdbc.sql("UPDATE agreement SET title = ?, type_code = ?, summary = ?, status = ?, published = ?, "
                        + "illustrative = ?, starts_on = ?, ends_on = ?, signed_on = ?, in_force_on = ?, status_reason = ?, "
                        + "version = version + 1, updated_at = ? WHERE id = ? AND version = ?")
                .params(t.title(), t.typeCode(), t.summary(), agreement.status().name(), agreement.published(),
                        t.illustrative(), Date.valueOf(t.startsOn()), Date.valueOf(t.endsOn()), date(agreement.signedOn()),
                        date(agreement.inForceOn()), agreement.statusReason(), Timestamp.from(Instant.now()), agreement.id(),
                        agreement.version())
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("Agreement " + agreement.id() + " was changed by someone else");
        }
        jdbc.sql("DELETE FROM agreement_party WHERE agreement_id = ?").param(agreement.id()).update();
        jdbc.sql("DELETE FROM agreement_clause WHERE agreement_id = ?").param(agreement.id()).update();
        jdbc.sql("DELETE FROM commitment WHERE agreement_id = ?").param(agreement.id()).update();
        writeParts(agreement);
    }

    public void addHistory(String agreementId, String actor, String action, Optional<AgreementStatus> from,
            AgreementStatus to, Optional<LocalDate> effectiveOn, String detail) {
        jdbc.sql("INSERT INTO agreement_history (agreement_id, occurred_at, actor, action, from_status, to_status, "
                        + "effective_on, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(agreementId, Timestamp.from(Instant.now()), actor, action, from.map(Enum::name).orElse(null),
                        to.name(), date(effectiveOn), detail == null ? "" : detail)
                .update();
    }

    public List<HistoryEntry> history(String agreementId) {
        return jdbc.sql("SELECT occurred_at, actor, action, from_status, to_status, effective_on, detail "
                        + "FROM agreement_history WHERE agreement_id = ? ORDER BY id")
                .param(agreementId)
                .query((rs, n) -> new HistoryEntry(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
                        Optional.ofNullable(rs.getString(4)).map(AgreementStatus::valueOf),
                        AgreementStatus.valueOf(rs.getString(5)),
                        Optional.ofNullable(rs.getDate(6)).map(Date::toLocalDate), rs.getString(7)))
                .list();
    }

    private void writeParts(Agreement agreement) {
        String id = agreement.id();
        for (AgreementParty party : agreement.terms().parties()) {
            jdbc.sql("INSERT INTO agreement_party (agreement_id, party_id, role_code) VALUES (?, ?, ?)")
                    .params(id, party.partyId(), party.role()).update();
        }
        int position = 0;
        for (Clause c : agreement.terms().clauses()) {
            jdbc.sql("INSERT INTO agreement_clause (agreement_id, clause_key, position, kind, title, body, due_on, notice_days, "
                            + "indicator_code, party_id, comparison, threshold, consequence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(id, c.key(), position++, c.kind().name(), c.title(), c.body(), date(c.dueOn()), c.noticeDays(),
                            c.indicatorCode().orElse(null), c.partyId().orElse(null),
                            c.comparison().map(Enum::name).orElse(null), c.threshold().orElse(null), c.consequence())
                    .update();
        }
        position = 0;
        for (Commitment c : agreement.terms().commitments()) {
            jdbc.sql("INSERT INTO commitment (agreement_id, commitment_key, position, party_id, type_code, quantity, unit, "
                            + "period_start, period_end, beneficiary_code, indicator_codes, status, description) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(id, c.key(), position++, c.partyId(), c.typeCode(), c.quantity(), c.unit(),
                            Date.valueOf(c.periodStart()), Date.valueOf(c.periodEnd()), c.beneficiaryCode().orElse(null),
                            String.join(",", c.indicatorCodes()), c.status().name(), c.description())
                    .update();
        }
    }

    private record Row(String id, String title, String type, String summary, AgreementStatus status, boolean published,
            boolean illustrative, LocalDate startsOn, LocalDate endsOn, Optional<LocalDate> signedOn,
            Optional<LocalDate> inForceOn, String reason, int version) {
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getString("id"), rs.getString("title"), rs.getString("type_code"), rs.getString("summary"),
                AgreementStatus.valueOf(rs.getString("status")), rs.getBoolean("published"), rs.getBoolean("illustrative"),
                rs.getDate("starts_on").toLocalDate(), rs.getDate("ends_on").toLocalDate(),
                Optional.ofNullable(rs.getDate("signed_on")).map(Date::toLocalDate),
                Optional.ofNullable(rs.getDate("in_force_on")).map(Date::toLocalDate), rs.getString("status_reason"),
                rs.getInt("version"));
    }

    private Agreement assemble(Row row) {
        List<AgreementParty> parties = jdbc.sql("SELECT party_id, role_code FROM agreement_party WHERE agreement_id = ? "
                        + "ORDER BY party_id, role_code")
                .param(row.id()).query((rs, n) -> new AgreementParty(rs.getString(1), rs.getString(2))).list();
        List<Clause> clauses = jdbc.sql("SELECT * FROM agreement_clause WHERE agreement_id = ? ORDER BY position")
                .param(row.id()).query((rs, n) -> new Clause(rs.getString("clause_key"), ClauseKind.valueOf(rs.getString("kind")),
                        rs.getString("title"), rs.getString("body"),
                        Optional.ofNullable(rs.getDate("due_on")).map(Date::toLocalDate), rs.getInt("notice_days"),
                        Optional.ofNullable(rs.getString("indicator_code")), Optional.ofNullable(rs.getString("party_id")),
                        Optional.ofNullable(rs.getString("comparison")).map(Comparison::valueOf),
                        Optional.ofNullable(rs.getBigDecimal("threshold")).map(AgreementRepository::plain),
                        rs.getString("consequence")))
                .list();
        List<Commitment> commitments = jdbc.sql("SELECT * FROM commitment WHERE agreement_id = ? ORDER BY position")
                .param(row.id()).query((rs, n) -> new Commitment(rs.getString("commitment_key"), rs.getString("party_id"),
                        rs.getString("type_code"), plain(rs.getBigDecimal("quantity")), rs.getString("unit"),
                        rs.getDate("period_start").toLocalDate(), rs.getDate("period_end").toLocalDate(),
                        Optional.ofNullable(rs.getString("beneficiary_code")), codes(rs.getString("indicator_codes")),
                        CommitmentStatus.valueOf(rs.getString("status")), rs.getString("description")))
                .list();
        AgreementTerms terms = new AgreementTerms(row.title(), row.type(), row.summary(), row.startsOn(), row.endsOn(),
                row.illustrative(), parties, clauses, commitments);
        return Agreement.restore(row.id(), terms, row.status(), row.published(), row.signedOn(), row.inForceOn(),
                row.reason(), row.version());
    }

    private static List<String> codes(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.stream(text.split(",")).map(String::strip).toList();
    }

    /** A decimal without trailing zeros and never in exponent notation: 21000.00 becomes 21000. */
    public static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static Date date(Optional<LocalDate> date) {
        return date.map(Date::valueOf).orElse(null);
    }
}
