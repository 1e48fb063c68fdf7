package org.pactum.server.identity.web;

import java.util.List;
import org.pactum.server.identity.ApiTokens;
import org.pactum.server.support.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in account's API tokens. The secret is returned once, at issue. */
@RestController
@RequestMapping("/api/v1/tokens")
class TokenApi {

    private final ApiTokens tokens;

    TokenApi(ApiTokens tokens) {
        this.tokens = tokens;
    }

    record IssueRequest(String name) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ApiTokens.IssuedToken issue(@RequestBody(required = false) IssueRequest request) {
        return tokens.issue(request == null ? null : request.name());
    }

    @GetMapping
    List<ApiTokens.TokenInfo> mine() {
        return tokens.mine();
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable String id) {
        if (!tokens.revoke(id)) {
            throw new NotFoundException("active token", id);
        }
    }
}
