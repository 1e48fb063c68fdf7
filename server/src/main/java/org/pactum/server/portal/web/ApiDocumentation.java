package org.pactum.server.portal.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The title and description of the OpenAPI document served at /v3/api-docs. */
@Configuration
class ApiDocumentation {

    @Bean
    OpenAPI pactumOpenApi() {
        return new OpenAPI().info(new Info()
                .title("Pactum API")
                .version("v1")
                .description("Reference data, fair shares and solidarity pools, parties, tokens and the audit trail of "
                        + "Pactum. Reading is open to everyone; writes need a session with a CSRF token or "
                        + "'Authorization: Bearer pct_...'. Errors are RFC 9457 problem details.")
                .license(new License().name("Open-source; data under their publishers' licences (see /api/v1/indicators)")));
    }
}
