package org.pactum.server.reference.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.pactum.server.reference.ImportFormat;
import org.pactum.server.reference.ImportRejected;
import org.pactum.server.reference.ImportRequest;
import org.pactum.server.reference.ReferenceCatalog;
import org.pactum.server.reference.ReferenceImports;
import org.pactum.server.support.InvalidRequestException;
import org.pactum.server.support.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import jakarta.servlet.http.HttpServletResponse;

/** The administrators' upload page for newer editions of the reference series. */
@Controller
class AdminImportPage {

    private final ReferenceCatalog catalog;
    private final ReferenceImports imports;

    AdminImportPage(ReferenceCatalog catalog, ReferenceImports imports) {
        this.catalog = catalog;
        this.imports = imports;
    }

    @GetMapping("/admin/imports")
    String form(Model model) {
        fill(model);
        return "reference/imports";
    }

    @PostMapping("/admin/imports")
    String upload(@RequestParam String indicator, @RequestParam String edition, @RequestParam String format,
            @RequestParam Optional<String> valueColumn, @RequestParam Optional<String> countryColumn,
            @RequestParam Optional<String> partnerColumn, @RequestParam Optional<String> periodColumn,
            @RequestParam MultipartFile file, Model model, HttpServletResponse response) throws IOException {
        try (InputStream in = file.getInputStream()) {
            ImportFormat importFormat = ImportApi.ImportForms.format(format, valueColumn.filter(s -> !s.isBlank()),
                    countryColumn.filter(s -> !s.isBlank()), partnerColumn, periodColumn.filter(s -> !s.isBlank()));
            model.addAttribute("result", imports.importEdition(
                    new ImportRequest(indicator, edition, importFormat, file.getOriginalFilename()), in));
        } catch (ImportRejected e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("rejected", e);
        } catch (InvalidRequestException | NotFoundException | IllegalArgumentException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("invalid", e.getMessage());
        }
        fill(model);
        return "reference/imports";
    }

    private void fill(Model model) {
        model.addAttribute("indicators", catalog.indicators());
        model.addAttribute("loads", catalog.loadedDatasets());
    }
}
