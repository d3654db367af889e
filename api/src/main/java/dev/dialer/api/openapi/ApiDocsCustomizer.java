package dev.dialer.api.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dialer.api.security.RouteAccess;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Adds to every /api operation what springdoc cannot read from the handler: its summary and
 * examples ({@link RouteDocs}), the role the rule table asks for, the bearer scheme, and the error
 * bodies it may answer with.
 */
class ApiDocsCustomizer implements OpenApiCustomizer {

  static final String ROLE = "x-dialer-role";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public void customise(OpenAPI openApi) {
    openApi
        .getPaths()
        .forEach(
            (path, item) -> {
              if (!path.startsWith("/twilio/")) {
                item.readOperationsMap().forEach((method, op) -> document(path, method, op));
              }
            });
  }

  private static void document(String path, PathItem.HttpMethod method, Operation op) {
    String key = method.name() + " " + path;
    RouteDoc doc = RouteDocs.ROUTES.getOrDefault(key, SeedRouteDocs.ROUTES.get(key));
    String role = RouteAccess.of(method.name(), path.replaceAll("\\{[^}]+}", "x"));
    op.addExtension(ROLE, role);
    boolean open = role.equals("open");
    if (!open) {
      op.addSecurityItem(new SecurityRequirement().addList(OpenApiConfig.BEARER));
      op.setDescription("Needs a key with role **" + role + "** (or above).");
    }
    if (doc != null) {
      op.setSummary(doc.summary());
      if (doc.request() != null && op.getRequestBody() != null) {
        exampleInto(op.getRequestBody().getContent(), doc.request());
      }
      if (doc.response() != null) {
        op.getResponses().entrySet().stream()
            .filter(e -> e.getKey().startsWith("2"))
            .forEach(e -> exampleInto(e.getValue().getContent(), doc.response()));
      }
    }
    ApiResponses responses = op.getResponses();
    ErrorExamples.FOR_EVERY_ROUTE.forEach(
        (status, error) -> {
          if (!open || !ErrorExamples.KEYED.contains(status)) {
            responses.addApiResponse(status, errorResponse(error));
          }
        });
  }

  private static ApiResponse errorResponse(ErrorExamples.Error error) {
    MediaType json =
        new MediaType()
            .schema(ErrorExamples.schema())
            .addExamples(error.code(), new Example().value(parse(error.body())));
    return new ApiResponse()
        .description(error.description())
        .content(new Content().addMediaType("application/json", json));
  }

  /** Puts the example under every media type of the body (JSON parsed, other text as it is). */
  private static void exampleInto(Content content, String example) {
    if (content == null) {
      return;
    }
    content.forEach(
        (type, media) ->
            media.setExample(type.contains("json") ? parse(example) : (Object) example));
  }

  private static Object parse(String json) {
    try {
      return JSON.readValue(json, Object.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an OpenAPI example is not JSON: " + json, e);
    }
  }
}
