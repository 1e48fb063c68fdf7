package org.pactum.server.grievances;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.pactum.core.grievances.GrievanceCategory;
import org.pactum.core.grievances.GrievanceStatus;
import org.pactum.core.grievances.ReceiptCode;
import org.pactum.server.agreements.Agreement;
import org.pactum.server.agreements.AgreementRegister;
import org.pactum.server.audit.AuditTrail;
import org.pactum.server.grievances.GrievanceViews.Filed;
import org.pactum.server.grievances.GrievanceViews.Step;
import org.pactum.server.grievances.GrievanceViews.Tracked;
import org.pactum.server.grievances.internal.GrievanceRepository;
import org.pactum.server.grievances.internal.GrievanceRow;
import org.pactum.server.grievances.internal.Keyring;
import org.pactum.server.identity.PartyDirectory;
import org.pactum.server.support.UnprocessableException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes complaints from anyone, without an account, and lets whoever holds a receipt code follow
 * one. The description and contact are sealed before they reach the database; nothing about the
 * complainant's connection is kept. A complaint naming a party goes to that party's grievance
 * officers; one naming none goes to the triage party's ({@code pactum.grievances.triage-party}).
 */
@Service
public class GrievanceIntake {

    /** The languages of the complaint form. */
    public static final List<String> LANGUAGES = List.of("en", "fr", "es", "ar");
    public static final int MAX_DESCRIPTION = 5000;
    public static final int MAX_PLACE = 200;
    public static final int MAX_CONTACT = 300;

    private static final byte[] NO_DIGEST = new byte[32];

    private final GrievanceRepository repository;
    private final Keyring keyring;
    private final AgreementRegister agreements;
    private final PartyDirectory parties;
    private final AuditTrail audit;
    private final GrievanceSettings settings;

    GrievanceIntake(GrievanceRepository repository, Keyring keyring, AgreementRegister agreements, PartyDirectory parties,
            AuditTrail audit, GrievanceSettings settings) {
        this.repository = repository;
        this.keyring = keyring;
        this.agreements = agreements;
        this.parties = parties;
        this.audit = audit;
        this.settings = settings;
    }

    @Transactional
    public Filed file(GrievanceRequest request) {
        String categoryCode = text("category", request.category(), 40);
        GrievanceCategory category = GrievanceCategory.ofCode(categoryCode).orElseThrow(() -> new UnprocessableException("category",
                "one of " + Arrays.stream(GrievanceCategory.values()).map(GrievanceCategory::code).collect(Collectors.joining(", "))));
        String place = text("place", request.place(), MAX_PLACE);
        String description = text("description", request.description(), MAX_DESCRIPTION);
        Optional<String> contact = optional("contact", request.contact(), MAX_CONTACT);
        String language = Optional.ofNullable(request.language()).filter(l -> !l.isBlank()).orElse("en");
        if (!LANGUAGES.contains(language)) {
            throw new UnprocessableException("language", "one of " + String.join(", ", LANGUAGES));
        }
        Optional<String> agreement = optional("agreement", request.agreement(), 40).map(id -> agreements.load(id)
                .filter(Agreement::published).map(Agreement::id)
                .orElseThrow(() -> new UnprocessableException("agreement", "no agreement '" + id + "' on the public register")));
        Optional<String> party = optional("party", request.party(), 40).map(id -> parties.party(id).map(p -> p.id())
                .orElseThrow(() -> new UnprocessableException("party", "no party '" + id + "'")));
        String handledBy = party.orElse(settings.triageParty());

        ReceiptCode code = ReceiptCode.generate();
        byte[] digest = code.digest();
        String digestHex = java.util.HexFormat.of().formatHex(digest);
        // complaints are dated to the minute: the exact second adds nothing for the officer and helps to recognise a person
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        GrievanceRow draft = new GrievanceRow(0, category.code(), place, agreement, party, handledBy, language, keyring.currentKeyId(),
                "", Optional.empty(), GrievanceStatus.RECEIVED.name(), Optional.empty(), Optional.empty(), Optional.empty(), now,
                category.deadline(now), Optional.empty(), Optional.empty(), digestHex);
        GrievanceRow sealed = new GrievanceRow(0, draft.category(), place, agreement, party, handledBy, language, keyring.currentKeyId(),
                keyring.seal(description, draft.context("description")), contact.map(c -> keyring.seal(c, draft.context("contact"))),
                draft.status(), Optional.empty(), Optional.empty(), Optional.empty(), now, draft.dueAt(), Optional.empty(),
                Optional.empty(), digestHex);
        long id = repository.insert(digest, sealed);
        repository.insertStep(id, now, GrievanceStatus.RECEIVED.name(), audit.currentActor());
        audit.record("grievance.file", "grievance " + id, category.code() + ", handled by " + handledBy);
        return new Filed(code.value(), category.code(), now, draft.dueAt());
    }

    /**
     * The complaint filed under this receipt code, if any. Whatever is typed, the same work is
     * done: a digest is computed and looked up, and the stored digest compared in constant time,
     * so the answer's timing does not tell a near miss from a malformed code.
     */
    @Transactional
    public Optional<Tracked> follow(String typed) {
        Optional<ReceiptCode> code = ReceiptCode.parse(typed);
        byte[] digest = code.map(ReceiptCode::digest).orElseGet(() -> sha256(String.valueOf(typed)));
        Optional<Map.Entry<Long, byte[]>> found = repository.byDigest(digest);
        boolean same = MessageDigest.isEqual(found.map(Map.Entry::getValue).orElse(NO_DIGEST), digest);
        if (!same || code.isEmpty()) {
            return Optional.empty();
        }
        long id = found.get().getKey();
        GrievanceRow row = repository.find(id).orElseThrow();
        audit.record("grievance.follow", "grievance " + id, "status read with the receipt code");
        List<Step> steps = repository.steps(id).stream().map(s -> new Step(s.takenAt(), s.status())).toList();
        return Optional.of(new Tracked(row.category(), row.status(), row.filedAt(), row.dueAt(), row.escalatedAt().isPresent(),
                row.status().equals("REFERRED") ? row.referredUnit().map(u -> u + " (" + row.partyId() + ")") : Optional.empty(),
                row.response(), row.reason(), steps));
    }

    static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new UnprocessableException(field, "required");
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new UnprocessableException(field, "at most " + max + " characters, got " + stripped.length());
        }
        return stripped;
    }

    static Optional<String> optional(String field, String value, int max) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(text(field, value, max));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
