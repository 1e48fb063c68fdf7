package org.pactum.server.identity.web;

import java.util.List;
import org.pactum.server.identity.Party;
import org.pactum.server.identity.PartyDirectory;
import org.pactum.server.identity.PartyProfile;
import org.pactum.server.support.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Parties to agreements. Anyone may read them; a party's own analysts (or an administrator) keep its profile. */
@RestController
@RequestMapping("/api/v1/parties")
class PartyApi {

    private final PartyDirectory directory;

    PartyApi(PartyDirectory directory) {
        this.directory = directory;
    }

    record PartyResponse(String id, String name, String kind, String country, String contact, String description) {
        static PartyResponse of(Party p) {
            return new PartyResponse(p.id(), p.name(), p.kind().name(), p.countryIso3().orElse(null), p.contact(),
                    p.description());
        }
    }

    record ProfileRequest(String contact, String description) {
    }

    @GetMapping
    List<PartyResponse> parties() {
        return directory.parties().stream().map(PartyResponse::of).toList();
    }

    @GetMapping("/{id}")
    PartyResponse party(@PathVariable String id) {
        return directory.party(id).map(PartyResponse::of).orElseThrow(() -> new NotFoundException("party", id));
    }

    @PutMapping("/{id}/profile")
    PartyResponse updateProfile(@PathVariable String id, @RequestBody ProfileRequest request) {
        return PartyResponse.of(directory.updateProfile(id, new PartyProfile(request.contact(), request.description())));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail invalid(IllegalArgumentException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }
}
