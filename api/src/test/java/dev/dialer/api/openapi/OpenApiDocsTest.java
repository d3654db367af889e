package dev.dialer.api.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dialer.api.support.ApiTestSupport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * /v3/api-docs as a client fetches it, without a key, checked against every /api handler Spring MVC
 * has mapped: a handler added without its summary, examples, role or error bodies fails here.
 */
class OpenApiDocsTest extends ApiTestSupport {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] KEYED_ERRORS = {"400", "401", "403", "404", "429"};
  private final HttpClient http = HttpClient.newHttpClient();

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  private RequestMappingHandlerMapping mappings;

  @Test
  void givenEveryApiHandler_whenTheDocsAreFetched_itShouldBeDocumentedWithExamplesRoleAndErrors()
      throws Exception {
    HttpResponse<String> docs = get("/v3/api-docs");
    assertThat(docs.statusCode()).as(docs.body()).isEqualTo(200);
    JsonNode spec = JSON.readTree(docs.body());
    assertThat(spec.at("/components/securitySchemes/bearer/scheme").asText()).isEqualTo("bearer");

    Set<String> routes = apiRoutes();
    assertThat(routes).hasSizeGreaterThanOrEqualTo(20);
    SoftAssertions softly = new SoftAssertions();
    for (String route : routes) {
      String method = route.substring(0, route.indexOf(' '));
      String path = route.substring(route.indexOf(' ') + 1);
      JsonNode op = spec.path("paths").path(path).path(method.toLowerCase(Locale.ROOT));
      softly.assertThat(op.isObject()).as(route + " is in the document").isTrue();
      softly.assertThat(op.path("summary").asText()).as(route + " summary").isNotBlank();
      String role = op.path("x-dialer-role").asText();
      softly.assertThat(role).as(route + " role").isIn("viewer", "supervisor", "admin", "open");
      boolean open = role.equals("open");
      if (!open) {
        softly
            .assertThat(op.path("security").toString())
            .as(route + " security")
            .contains("bearer");
      }
      for (String status : open ? new String[] {"400", "404"} : KEYED_ERRORS) {
        softly
            .assertThat(op.at("/responses/" + status + "/content/application~1json/examples"))
            .as(route + " error " + status + " example")
            .isNotEmpty();
      }
      JsonNode success = firstSuccess(op.path("responses"));
      softly.assertThat(success).as(route + " success response").isNotNull();
      if (success != null && success.has("content")) {
        softly
            .assertThat(success.path("content").findValues("example"))
            .as(route + " success example")
            .isNotEmpty();
      }
      if (op.has("requestBody")) {
        softly
            .assertThat(op.path("requestBody").path("content").findValues("example"))
            .as(route + " request example")
            .isNotEmpty();
      }
    }
    softly.assertAll();
  }

  @Test
  void givenNoKey_whenSwaggerUiIsOpened_itShouldServeThePage() throws Exception {
    HttpResponse<String> page = get("/swagger-ui/index.html");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("swagger-ui");
    assertThat(get("/swagger-ui").statusCode()).isIn(200, 302);
  }

  private static JsonNode firstSuccess(JsonNode responses) {
    for (var names = responses.fieldNames(); names.hasNext(); ) {
      String status = names.next();
      if (status.startsWith("2")) {
        return responses.get(status);
      }
    }
    return null;
  }

  private Set<String> apiRoutes() {
    Set<String> routes = new TreeSet<>();
    for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
      for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
        if (pattern.getPatternString().startsWith("/api/")) {
          info.getMethodsCondition()
              .getMethods()
              .forEach(m -> routes.add(m.name() + " " + pattern.getPatternString()));
        }
      }
    }
    return routes;
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(api.baseUrl() + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
