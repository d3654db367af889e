package dev.dialer.sim.error;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Renders refusals the way Twilio does, including 20404 for paths the sim does not serve. */
@RestControllerAdvice
class TwilioErrorHandler {

  @ExceptionHandler(TwilioApiException.class)
  ResponseEntity<TwilioError> refuse(TwilioApiException exception) {
    TwilioError error = exception.error();
    ResponseEntity.BodyBuilder response = ResponseEntity.status(error.status());
    if (error.status() == 401) {
      // Clients that only send credentials after a challenge (java.net Authenticator) need this.
      response.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Twilio API\"");
    }
    return response.body(error);
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ResponseEntity<TwilioError> notServed(NoResourceFoundException exception) {
    return refuse(TwilioApiException.notFound("/" + exception.getResourcePath()));
  }
}
