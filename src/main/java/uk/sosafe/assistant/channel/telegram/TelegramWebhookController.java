package uk.sosafe.assistant.channel.telegram;

import java.util.Map;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.telegram.telegrambots.meta.api.objects.Update;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Receives Telegram updates in webhook mode. The secret header is checked in constant time (the library's
 * own webhook server never checks it); the update is written to the inbox before the 200 goes back, so
 * Telegram redelivers anything not stored. Answers 404 when the webhook is not switched on.
 */
@RestController
class TelegramWebhookController {

	static final String PATH = "/channels/telegram/webhook";

	private static final ObjectMapper JSON = new ObjectMapper()
		.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

	private final ObjectProvider<TelegramConnection> connection;

	TelegramWebhookController(ObjectProvider<TelegramConnection> connection) {
		this.connection = connection;
	}

	@PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> receive(
			@RequestHeader(name = "X-Telegram-Bot-Api-Secret-Token", required = false) String secret,
			@RequestBody(required = false) String body) {
		TelegramConnection telegram = this.connection.getIfAvailable();
		if (telegram == null || !telegram.usesWebhook()) {
			return problem(HttpStatus.NOT_FOUND, "The Telegram webhook is not switched on.");
		}
		if (!telegram.acceptsSecret(secret)) {
			return problem(HttpStatus.FORBIDDEN, "The secret token is missing or wrong.");
		}
		if (body == null || body.isBlank()) {
			return problem(HttpStatus.BAD_REQUEST, "The body is empty: expected a Telegram update.");
		}
		Update update;
		try {
			update = JSON.readValue(body, Update.class);
		}
		catch (JacksonException | IllegalArgumentException ex) {
			return problem(HttpStatus.BAD_REQUEST, "The body is not a Telegram update.");
		}
		if (update == null || update.getUpdateId() == null) {
			return problem(HttpStatus.BAD_REQUEST, "The update has no update_id.");
		}
		telegram.updates().accept(update);
		return ResponseEntity.ok(Map.of("ok", true));
	}

	private static ResponseEntity<Map<String, Object>> problem(HttpStatus status, String message) {
		return ResponseEntity.status(status)
			.body(Map.of("status", status.value(), "error", status.getReasonPhrase(), "message", message));
	}
}
