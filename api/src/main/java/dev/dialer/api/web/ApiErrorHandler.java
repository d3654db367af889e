package dev.dialer.api.web;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

@RestControllerAdvice(basePackages = "dev.dialer.api")
class ApiErrorHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiErrorHandler.class);

  @ExceptionHandler(ApiException.class)
  ResponseEntity<ErrorBody> api(ApiException e) {
    return body(e.status(), ErrorBody.of(e.code(), e.getMessage(), e.field()));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ErrorBody> unreadable(HttpMessageNotReadableException e) {
    String field = null;
    String message = "The request body is not valid JSON.";
    if (e.getCause() instanceof MismatchedInputException mismatch
        && !mismatch.getPath().isEmpty()) {
      field =
          mismatch.getPath().stream()
              .map(
                  ref ->
                      ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
              .collect(Collectors.joining("."));
      message =
          mismatch instanceof InvalidFormatException invalid
              ? "'" + field + "' has the wrong type: " + invalid.getValue()
              : "'" + field + "' has the wrong type.";
    }
    return body(HttpStatus.BAD_REQUEST, ErrorBody.of("INVALID_REQUEST", message, field));
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<ErrorBody> missing(MissingServletRequestParameterException e) {
    return body(
        HttpStatus.BAD_REQUEST,
        ErrorBody.of(
            "INVALID_REQUEST",
            "'" + e.getParameterName() + "' is required.",
            e.getParameterName()));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ErrorBody> mismatch(MethodArgumentTypeMismatchException e) {
    return body(
        HttpStatus.BAD_REQUEST,
        ErrorBody.of(
            "INVALID_REQUEST",
            "'" + e.getName() + "' has an invalid value: " + e.getValue(),
            e.getName()));
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<ErrorBody> mediaType(HttpMediaTypeNotSupportedException e) {
    return body(
        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
        ErrorBody.of("UNSUPPORTED_MEDIA_TYPE", "Send the body as application/json.", null));
  }

  private static ResponseEntity<ErrorBody> body(HttpStatus status, ErrorBody body) {
    if (status.is5xxServerError()) {
      log.error("{}: {}", body.error().code(), body.error().message());
    }
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
  }
}
