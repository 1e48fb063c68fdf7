package org.pactum.server.identity.web;

import org.pactum.server.audit.AuditRecord;
import org.pactum.server.audit.AuditTrail;
import org.pactum.server.support.PageRequest;
import org.pactum.server.support.PageSlice;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The audit trail for administrators: a page and the same records as JSON, newest first. */
@Controller
class AuditPages {

    private final AuditTrail audit;

    AuditPages(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String page(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("records", audit.recent(new PageRequest(page, 100)));
        return "identity/audit";
    }

    @GetMapping("/api/v1/audit")
    @ResponseBody
    PageSlice<AuditRecord> records(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size) {
        return audit.recent(new PageRequest(page, size));
    }
}
