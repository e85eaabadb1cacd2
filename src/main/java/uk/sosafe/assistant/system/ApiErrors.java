package uk.sosafe.assistant.system;

import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every API error as the same small JSON object, {@code {"status", "error", "message"}}, that says
 * what was wrong in plain words. Nothing internal (no stack trace, no exception text) reaches a caller.
 */
@RestControllerAdvice
class ApiErrors {

	private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException ex) {
		return body(HttpStatus.BAD_REQUEST, "invalid-body",
				"The request body is not valid JSON of the expected shape, for example {\"text\": \"hello\"}.");
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ResponseEntity<Map<String, Object>> invalid(MethodArgumentNotValidException ex) {
		String reason = ex.getBindingResult().getFieldErrors().stream()
			.map(error -> error.getField() + ": " + error.getDefaultMessage())
			.findFirst()
			.orElse("The request is not valid.");
		return body(HttpStatus.BAD_REQUEST, "invalid-field", reason);
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<Map<String, Object>> mediaType(HttpMediaTypeNotSupportedException ex) {
		return body(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
				"Send the body as application/json.");
	}

	@ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
	ResponseEntity<Map<String, Object>> notAcceptable(HttpMediaTypeNotAcceptableException ex) {
		return body(HttpStatus.NOT_ACCEPTABLE, "not-acceptable", "This endpoint answers in application/json.");
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<Map<String, Object>> method(HttpRequestMethodNotSupportedException ex) {
		return body(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed",
				"This address does not take " + ex.getMethod() + " requests.");
	}

	@ExceptionHandler(NoResourceFoundException.class)
	ResponseEntity<Map<String, Object>> notFound(NoResourceFoundException ex) {
		return body(HttpStatus.NOT_FOUND, "not-found", "Nothing is at this address.");
	}

	@ExceptionHandler({ AccessDeniedException.class, AuthenticationException.class })
	void security(RuntimeException ex) {
		throw ex;
	}

	@ExceptionHandler(ErrorResponseException.class)
	ResponseEntity<Map<String, Object>> declared(ErrorResponseException ex) {
		Object code = ex.getBody().getProperties() == null ? null : ex.getBody().getProperties().get("error");
		String reason = ex.getBody().getDetail() == null ? "The request cannot be handled." : ex.getBody().getDetail();
		return body(ex.getStatusCode(), code == null ? "request-error" : code.toString(), reason);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Map<String, Object>> unexpected(Exception ex) {
		log.error("Unexpected error handling a request", ex);
		return body(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
				"Something went wrong on our side. Please try again. In an emergency call 999.");
	}

	static ResponseEntity<Map<String, Object>> body(HttpStatusCode status, String code, String message) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("status", status.value());
		body.put("error", code);
		body.put("message", message);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
	}
}
