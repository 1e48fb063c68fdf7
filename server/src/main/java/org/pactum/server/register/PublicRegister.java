package org.pactum.server.register;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.pactum.register.jdbc.Publication;
import org.pactum.register.jdbc.RegisterLeaf;
import org.pactum.server.register.internal.LogIntegrator;
import org.pactum.server.register.internal.RegisterStorage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where the other capabilities publish the facts the public may hold them to: an agreement signed,
 * a pledge made, a payment released, a verification recorded. A publication joins the publisher's
 * transaction, so a fact is in the register exactly when the change it reports is committed; the
 * integrator then appends it to the log within seconds, under a newly signed tree head.
 */
@Service
public class PublicRegister {

    private final RegisterStorage storage;
    private final LogIntegrator integrator;
    private final RegisterLog registerLog;
    private final Clock clock = Clock.systemUTC();

    PublicRegister(RegisterStorage storage, LogIntegrator integrator, RegisterLog registerLog) {
        this.storage = storage;
        this.integrator = integrator;
        this.registerLog = registerLog;
    }

    /**
     * Publishes a fact in the current transaction (or a transaction of its own).
     *
     * @param kind    what is published, e.g. {@code agreement-published}: lower-case words joined by '-' or '.'
     * @param subject the public record the fact is about, as its type and identifier, e.g.
     *                {@code agreement/DEMO-EU-TUR-2016} or {@code pool/asp-2026/pledge/DEU}: the record's
     *                page finds its entries by it ({@link RegisterLog#inRegister})
     * @param payload the fact, a JSON object of maps, lists, strings, numbers that a double holds
     *                exactly, booleans and nulls; it is stored as RFC 8785 canonical JSON
     * @throws IllegalArgumentException if the kind or payload cannot be published
     */
    @Transactional
    public void publish(String kind, String subject, Map<String, ?> payload) {
        if (subject == null) {
            throw new IllegalArgumentException("every fact Pactum publishes is about a record: name its subject");
        }
        Publication publication = new Publication(clock.instant(), kind, subject, RegisterLeaf.canonicalPayload(payload));
        storage.run("publish to the register", log -> {
            log.publish(List.of(publication));
            return null;
        });
    }

    /**
     * Publishes a fact unless the latest publication about the same record is this very fact (same
     * kind, same payload): for publishers whose event may be delivered again after a crash (the
     * event registry marks a delivery complete only after the listener's transaction), so that a
     * redelivery adds nothing. Runs in the caller's transaction.
     *
     * @return whether the fact was published
     */
    @Transactional
    public boolean publishOnce(String kind, String subject, Map<String, ?> payload) {
        if (subject == null) {
            throw new IllegalArgumentException("every fact Pactum publishes is about a record: name its subject");
        }
        String canonical = RegisterLeaf.canonicalPayload(payload);
        boolean repeated = storage.run("read the register", log -> log.latestAboutIs(subject, kind, canonical));
        if (!repeated) {
            publish(kind, subject, payload);
        }
        return !repeated;
    }

    /**
     * Which of these records already have a publication about them, waiting or in the log. A
     * publisher that must publish a fact at most once (when the event that leads to it may be
     * delivered again) asks first, in its own transaction and under a lock that keeps a second
     * publisher of the same fact waiting until the first has committed.
     *
     * @param subjects records named as in {@link #publish}
     * @return those of them with at least one publication
     */
    @Transactional(readOnly = true)
    public Set<String> alreadyPublished(Collection<String> subjects) {
        return registerLog.inRegister(subjects).values().stream().filter(record -> !record.isAbsent())
                .map(RecordInRegister::subject).collect(Collectors.toSet());
    }

    /**
     * Appends everything published and committed so far to the log, under a new signed tree head.
     * The integrator does this every few seconds on its own; tests and batch jobs call it to be sure.
     *
     * @return how many entries were appended
     */
    public long integrate() {
        return integrator.integrate().entriesAppended();
    }
}
