package se.linkoping.samverkan.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

/**
 * The partner API's description (springdoc: {@code /v3/api-docs}, Swagger UI at {@code /swagger-ui.html}), read
 * from the controllers of {@code /api/*}. Both need a login, as the API does (HTTP Basic, an account of the
 * engine). The server is this one, relative, so the published copy ({@code docs/openapi.json}) is the same on
 * every host.
 */
@Configuration
class ApiDocumentation {

    static final String BASIC = "basic";

    @Bean
    OpenAPI samverkanApi() {
        return new OpenAPI()
                .info(new Info().title("Samverkan API").version("1")
                        .description("Brottsförebyggande samverkan mellan Linköpings kommun och lokalpolisområdet: "
                                + "händelserapporter från partners system, lägesbild, granskning, möten, kalendrar och "
                                + "årsrapport. Fel beskrivs som RFC 9457 problem details, på svenska. "
                                + "Se docs/API.md för exempel."))
                .addServersItem(new Server().url("/").description("Den här servern"))
                .components(new Components().addSecuritySchemes(BASIC, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("basic")
                        .description("Ett konto i Samverkan (Camunda): partners system i gruppen partner-systems.")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }
}
