package org.pactum.server.agreements;

import java.util.List;
import java.util.Optional;
import org.pactum.server.agreements.internal.DictionaryRepository;
import org.pactum.server.audit.AuditTrail;
import org.pactum.server.identity.CurrentMember;
import org.pactum.server.identity.Member;
import org.pactum.server.support.NotFoundException;
import org.pactum.server.support.UnprocessableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shared dictionary every party uses to say the same thing the same way. Administrators change
 * it; each change is a new version of the entry and the old versions are kept.
 */
@Service
public class SharedDictionary {

    private final DictionaryRepository entries;
    private final CurrentMember currentMember;
    private final AuditTrail audit;

    SharedDictionary(DictionaryRepository entries, CurrentMember currentMember, AuditTrail audit) {
        this.entries = entries;
        this.currentMember = currentMember;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<DictionaryEntry> all() {
        return entries.current();
    }

    @Transactional(readOnly = true)
    public List<DictionaryEntry> list(String list) {
        if (!DictionaryEntry.LISTS.contains(list)) {
            throw new NotFoundException("dictionary list", list);
        }
        return entries.current().stream().filter(e -> e.list().equals(list)).toList();
    }

    @Transactional(readOnly = true)
    public Optional<DictionaryEntry> entry(String list, String code) {
        return entries.current(list, code);
    }

    @Transactional(readOnly = true)
    public List<DictionaryEntry> history(String list, String code) {
        return entries.versions(list, code);
    }

    /** An indicator's definition, or 422 naming the field when the dictionary does not know it. */
    @Transactional(readOnly = true)
    public DictionaryEntry indicator(String code) {
        return entries.current("indicator", code)
                .orElseThrow(() -> new UnprocessableException("indicator", "The dictionary has no indicator '" + code + "'"));
    }

    /** Adds an entry or a new version of it (administrators). */
    @Transactional
    public DictionaryEntry save(DictionaryEntry entry) {
        requireAdmin();
        DictionaryEntry saved = entries.saveNewVersion(entry, actor());
        audit.record("dictionary.save", "dictionary " + entry.list() + "/" + entry.code(), "version " + saved.version());
        return saved;
    }

    /** Imports many entries at once: all are checked and stored, or none (administrators). */
    @Transactional
    public int importAll(List<DictionaryEntry> imported) {
        requireAdmin();
        for (DictionaryEntry entry : imported) {
            entries.saveNewVersion(entry, actor());
        }
        audit.record("dictionary.import", "dictionary", imported.size() + " entries");
        return imported.size();
    }

    /** Seeds an empty dictionary on first start; no member is needed. */
    @Transactional
    public void seed(List<DictionaryEntry> seeded) {
        if (entries.isEmpty()) {
            seeded.forEach(e -> entries.saveNewVersion(e, "system"));
        }
    }

    /** Checks that a code is in a list, or answers 422 naming the field. */
    public void requireCode(String list, String code, String field) {
        if (entries.current(list, code).isEmpty()) {
            throw new UnprocessableException(field, "The dictionary list '" + list + "' has no code '" + code + "'");
        }
    }

    private void requireAdmin() {
        Member member = currentMember.get().orElseThrow(() -> new AccessDeniedException("Sign in to change the dictionary"));
        if (!member.isAdmin()) {
            throw new AccessDeniedException("Only administrators change the shared dictionary");
        }
    }

    private String actor() {
        return currentMember.get().map(Member::username).orElse("system");
    }
}
