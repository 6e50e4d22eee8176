package app.resa.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import app.resa.shared.Caller;

/** The OpenAPI document at {@code /api/docs/openapi.json}, browsable at {@code /api/docs}. */
@Configuration(proxyBeanMethods = false)
class OpenApiDocument {

    static {
        // The caller comes from authentication, not from the request: keep it out of the document.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
    }

    @Bean
    OpenAPI resaOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Resa API").version("v1")
                        .description("Reservation back-office. Conventions: docs/api.md"))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes("apiKey", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").description("resa_<prefix>_<secret>, issued by an admin")))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("apiKey"));
    }
}
