package dev.dialer.api.openapi;

/**
 * What the OpenAPI document says of one route beyond what springdoc reads from the handler.
 *
 * @param request an example request body (JSON, or CSV text for uploads); null when none is sent
 * @param response an example of the success body; null when the success answer has none
 */
record RouteDoc(String summary, String request, String response) {

  static RouteDoc of(String summary, String request, String response) {
    return new RouteDoc(summary, request, response);
  }
}
