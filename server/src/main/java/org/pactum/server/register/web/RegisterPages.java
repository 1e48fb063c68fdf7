package org.pactum.server.register.web;

import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.pactum.core.register.Hash;
import org.pactum.core.register.InclusionProof;
import org.pactum.core.register.SignedTreeHead;
import org.pactum.register.jdbc.LogEntry;
import org.pactum.server.register.RegisterLog;
import org.pactum.server.support.NotFoundException;
import org.pactum.server.support.PageSlice;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The register's pages: the current signed tree head, the key, how to verify the log with
 * {@code pactum verify-log}, the latest entries page by page, and each entry with its proof.
 */
@Controller
class RegisterPages {

    static final int PAGE_SIZE = 25;

    private final RegisterLog register;

    RegisterPages(RegisterLog register) {
        this.register = register;
    }

    /** A tree head as shown: its fields in the encodings the API uses. */
    record HeadView(long treeSize, java.time.Instant timestamp, long timestampMs, String rootHash, String signature) {
        static HeadView of(SignedTreeHead signed) {
            return new HeadView(signed.treeHead().treeSize(), signed.treeHead().timestamp(),
                    signed.treeHead().timestamp().toEpochMilli(), base64(signed.treeHead().rootHash()),
                    signed.signatureBase64());
        }
    }

    /** An entry as listed: position, time, kind, its text and leaf hash. */
    record EntryView(long index, java.time.Instant publishedAt, String kind, String text, String leafHash) {
        static EntryView of(LogEntry entry) {
            return new EntryView(entry.index(), entry.publishedAt(), entry.kind(), entry.leafText(), base64(entry.leafHash()));
        }
    }

    @GetMapping("/register")
    String log(@RequestParam(defaultValue = "0") int page, Model model) {
        Optional<SignedTreeHead> head = register.treeHead();
        long size = head.map(h -> h.treeHead().treeSize()).orElse(0L);
        int pages = (int) Math.max(1, (size + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(page, 0), pages - 1);
        List<EntryView> entries = register.newestEntries(size, PAGE_SIZE, (long) current * PAGE_SIZE).stream()
                .map(EntryView::of).toList();
        model.addAttribute("head", head.map(HeadView::of).orElse(null));
        model.addAttribute("key", register.publicKey().orElse(null));
        model.addAttribute("entries", new PageSlice<>(entries, current, PAGE_SIZE, size));
        model.addAttribute("baseUrl", ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
        return "register/log";
    }

    @GetMapping("/register/entries/{index}")
    String entry(@PathVariable long index, Model model) {
        SignedTreeHead head = register.treeHead().orElseThrow(() -> new NotFoundException("log entry", Long.toString(index)));
        long size = head.treeHead().treeSize();
        LogEntry entry = (index >= 0 && index < size ? register.entry(index) : Optional.<LogEntry>empty())
                .orElseThrow(() -> new NotFoundException("log entry", Long.toString(index)));
        InclusionProof proof = register.inclusionProof(index, size);
        model.addAttribute("entry", EntryView.of(entry));
        model.addAttribute("head", HeadView.of(head));
        model.addAttribute("path", proof.path().stream().map(RegisterPages::base64).toList());
        return "register/entry";
    }

    private static String base64(Hash hash) {
        return Base64.getEncoder().encodeToString(hash.bytes());
    }
}
