package org.pactum.server.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import org.pactum.server.portal.Capability;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The pages of capabilities that are not built yet: they say so plainly and say what is coming. */
@Controller
class CapabilityPages {

    @GetMapping("/allocation")
    String notYetBuilt(HttpServletRequest request, Model model) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Capability capability = Capability.notBuilt().stream().filter(c -> c.path().equals(path)).findFirst()
                .orElseThrow();
        model.addAttribute("capability", capability);
        return "portal/not-built";
    }
}
