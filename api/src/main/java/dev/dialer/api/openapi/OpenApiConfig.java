package dev.dialer.api.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The document's head: what the API is, and the bearer key every /api route is called with. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

  static final String BEARER = "bearer";

  @Bean
  OpenAPI dialerOpenApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("dialer")
                .version("v1")
                .license(new License().name("Apache-2.0"))
                .description(
                    """
                    Campaign dialer for AI voice calls. Every /api route needs a key as \
                    `Authorization: Bearer <key>`; each key has a role, and roles include those \
                    below them (admin > supervisor > viewer). Each operation names the role it \
                    needs. Errors have one shape: `{"error":{"code","message","field"}}`."""))
        .components(
            new Components()
                .addSecuritySchemes(
                    BEARER,
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .description(
                            "An API key: DIALER_API_KEY (admin) or one of DIALER_API_KEYS.")));
  }

  @Bean
  ApiDocsCustomizer apiDocsCustomizer() {
    return new ApiDocsCustomizer();
  }
}
