package org.pactum.server.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.pactum.server.support.PageRequest;
import org.pactum.server.support.PageSlice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records and reads the audit trail. A domain write records itself inside its own transaction,
 * so the record and the change stand or fall together; requests that were refused are recorded
 * in a transaction of their own.
 */
@Service
public class AuditTrail {

    public static final String DONE = "DONE";
    public static final String REFUSED = "REFUSED";

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.clock = Clock.systemUTC();
    }

    /** Records a completed change made by the current actor, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String subject, String detail) {
        insert(currentActor(), action, subject, DONE, detail);
    }

    /** Records an attempted write and how it ended, in a transaction of its own. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordAttempt(String actor, String action, String subject, String outcome, String detail) {
        insert(actor, action, subject, outcome, detail);
    }

    @Transactional(readOnly = true)
    public PageSlice<AuditRecord> recent(PageRequest page) {
        long total = jdbc.sql("SELECT COUNT(*) FROM audit_record").query(Long.class).single();
        List<AuditRecord> items = jdbc.sql("SELECT id, occurred_at, actor, action, subject, outcome, detail "
                        + "FROM audit_record ORDER BY id DESC LIMIT " + page.size() + " OFFSET " + page.offset())
                .query((rs, n) -> new AuditRecord(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)))
                .list();
        return new PageSlice<>(items, page.page(), page.size(), total);
    }

    /** The name of whoever is acting now: the signed-in account, or {@code anonymous}. */
    public String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated() || authentication.getName() == null
                || "anonymousUser".equals(authentication.getName())) {
            return "anonymous";
        }
        return authentication.getName();
    }

    private void insert(String actor, String action, String subject, String outcome, String detail) {
        jdbc.sql("INSERT INTO audit_record (occurred_at, actor, action, subject, outcome, detail) VALUES (?, ?, ?, ?, ?, ?)")
                .params(Timestamp.from(clock.instant()), truncate(actor, 80), truncate(action, 120),
                        truncate(subject, 300), outcome, truncate(detail, 2000))
                .update();
    }

    private static String truncate(String text, int length) {
        String value = text == null ? "" : text;
        return value.length() <= length ? value : value.substring(0, length);
    }
}
