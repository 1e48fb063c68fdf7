package org.pactum.server.portal.web;

import java.util.List;
import org.pactum.server.portal.Capability;
import org.pactum.server.reference.ReferenceCatalog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: what Pactum does, each capability and whether it is ready, and the data loaded. */
@Controller
class HomePage {

    private final ReferenceCatalog catalog;

    HomePage(ReferenceCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("capabilities", List.of(Capability.values()));
        model.addAttribute("countryCount", catalog.countries().size());
        model.addAttribute("indicators", catalog.indicators());
        return "portal/home";
    }
}
