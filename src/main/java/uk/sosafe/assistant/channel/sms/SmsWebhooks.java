package uk.sosafe.assistant.channel.sms;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.twilio.security.RequestValidator;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

import uk.sosafe.assistant.conversation.spi.Channel;
import uk.sosafe.assistant.conversation.spi.DeliveryReports;
import uk.sosafe.assistant.conversation.spi.DeliveryReports.Delivery;
import uk.sosafe.assistant.conversation.spi.InboundMessage;
import uk.sosafe.assistant.conversation.spi.Inbox;
import uk.sosafe.assistant.conversation.spi.ResidentId;
import uk.sosafe.assistant.conversation.spi.Residents;

/**
 * Twilio's webhooks. Every request's {@code X-Twilio-Signature} is checked against the public URL and all
 * form parameters before anything is read from it: a forged or unsigned request gets 403 and changes
 * nothing. An inbound text is written to the inbox (once per MessageSid) and answered at once with empty
 * TwiML; the replies go out later through the outbox. Status callbacks move an outbound text forward.
 */
@RestController
class SmsWebhooks {

	static final String INBOUND = "/channels/sms/inbound";

	static final String STATUS = "/channels/sms/status";

	private static final String EMPTY_TWIML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response></Response>";

	private final ObjectProvider<Receiver> receiver;

	SmsWebhooks(ObjectProvider<Receiver> receiver) {
		this.receiver = receiver;
	}

	@PostMapping(INBOUND)
	ResponseEntity<?> inbound(HttpServletRequest request,
			@RequestHeader(name = "X-Twilio-Signature", required = false) String signature) {
		return handle(request, signature, true);
	}

	@PostMapping(STATUS)
	ResponseEntity<?> status(HttpServletRequest request,
			@RequestHeader(name = "X-Twilio-Signature", required = false) String signature) {
		return handle(request, signature, false);
	}

	private ResponseEntity<?> handle(HttpServletRequest request, String signature, boolean inbound) {
		Receiver sms = this.receiver.getIfAvailable();
		if (sms == null) {
			return problem(HttpStatus.NOT_FOUND, "SMS is not switched on.");
		}
		if (!isForm(request.getContentType())) {
			return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Expected a form post (application/x-www-form-urlencoded).");
		}
		Map<String, String> params;
		try {
			params = formParameters(request);
		}
		catch (RuntimeException ex) {
			return problem(HttpStatus.BAD_REQUEST, "The form body could not be read.");
		}
		if (!sms.signed(request.getRequestURI(), request.getQueryString(), params, signature)) {
			return problem(HttpStatus.FORBIDDEN, "The request is not signed by Twilio.");
		}
		Optional<String> refused = inbound ? sms.inbound(params) : sms.status(params);
		if (refused.isPresent()) {
			return problem(HttpStatus.BAD_REQUEST, refused.get());
		}
		return inbound ? ResponseEntity.ok().contentType(MediaType.TEXT_XML).body(EMPTY_TWIML)
				: ResponseEntity.noContent().build();
	}

	private static boolean isForm(String contentType) {
		return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
	}

	/** The form parameters of the body: what Twilio signs (query parameters are part of the URL instead). */
	private static Map<String, String> formParameters(HttpServletRequest request) {
		Set<String> inQuery = new HashSet<>();
		if (request.getQueryString() != null) {
			for (String pair : request.getQueryString().split("&")) {
				inQuery.add(UriUtils.decode(pair.split("=", 2)[0], StandardCharsets.UTF_8));
			}
		}
		Map<String, String> params = new HashMap<>();
		request.getParameterMap().forEach((name, values) -> {
			if (!inQuery.contains(name) && values.length > 0) {
				params.put(name, values[0]);
			}
		});
		return params;
	}

	static String publicUrl(String publicBaseUrl, String path) {
		return publicBaseUrl.replaceAll("/+$", "") + path;
	}

	private static ResponseEntity<Map<String, Object>> problem(HttpStatus status, String message) {
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("status", status.value(), "error", status.getReasonPhrase(), "message", message));
	}

	/** What the webhooks do once SMS is switched on. */
	static final class Receiver {

		private static final Logger log = LoggerFactory.getLogger(Receiver.class);

		private final RequestValidator validator;

		private final String publicBaseUrl;

		private final SmsProperties properties;

		private final Inbox inbox;

		private final Residents residents;

		private final DeliveryReports reports;

		private final Clock clock = Clock.systemUTC();

		Receiver(RequestValidator validator, String publicBaseUrl, SmsProperties properties, Inbox inbox,
				Residents residents, DeliveryReports reports) {
			this.validator = validator;
			this.publicBaseUrl = publicBaseUrl == null ? "" : publicBaseUrl.strip();
			this.properties = properties;
			this.inbox = inbox;
			this.residents = residents;
			this.reports = reports;
			if (this.publicBaseUrl.isEmpty()) {
				log.error("sosafe.public-base-url is not set: every Twilio webhook will be refused, as its signature cannot be checked");
			}
		}

		boolean signed(String path, String query, Map<String, String> params, String signature) {
			if (signature == null || signature.isBlank() || this.publicBaseUrl.isEmpty()) {
				return false;
			}
			String url = publicUrl(this.publicBaseUrl, path) + (query == null ? "" : "?" + query);
			return this.validator.validate(url, params, signature);
		}

		/** Takes an inbound text; empty when taken (or already taken), else why it was refused. */
		Optional<String> inbound(Map<String, String> params) {
			String sid = params.get("MessageSid");
			if (sid == null || sid.isBlank() || sid.length() > 64) {
				return Optional.of("MessageSid is missing.");
			}
			Optional<String> from = PhoneNumbers.e164(params.get("From"), this.properties.defaultRegion());
			if (from.isEmpty()) {
				return Optional.of("From is not a phone number.");
			}
			ResidentId resident = this.residents.resolve(Channel.SMS, from.get());
			String body = params.getOrDefault("Body", "");
			this.inbox.accept(new InboundMessage(resident, Channel.SMS, sid, body, null, this.clock.instant()));
			return Optional.empty();
		}

		/** Applies a status callback; empty when applied or ignored, else why it was refused. */
		Optional<String> status(Map<String, String> params) {
			String sid = params.get("MessageSid");
			String status = params.getOrDefault("MessageStatus", params.getOrDefault("SmsStatus", ""));
			if (sid == null || sid.isBlank()) {
				return Optional.of("MessageSid is missing.");
			}
			String errorCode = params.get("ErrorCode");
			if (String.valueOf(SmsGateway.OPTED_OUT).equals(errorCode)) {
				PhoneNumbers.e164(params.get("To"), this.properties.defaultRegion())
					.flatMap(to -> this.residents.find(Channel.SMS, to))
					.ifPresent(resident -> this.residents.optOut(resident, "Twilio 21610: the number opted out with its carrier"));
			}
			String detail = errorCode == null || errorCode.isBlank() ? null : "Twilio error " + errorCode;
			switch (status.toLowerCase(Locale.ROOT)) {
				case "sent" -> this.reports.report(Channel.SMS, sid, Delivery.SENT, null);
				case "delivered", "read" -> this.reports.report(Channel.SMS, sid, Delivery.DELIVERED, null);
				case "undelivered", "failed" -> this.reports.report(Channel.SMS, sid, Delivery.FAILED,
						detail == null ? "Twilio reported " + status : detail);
				default -> log.debug("Ignored an SMS status of {}", status.isBlank() ? "(none)" : "another kind");
			}
			return Optional.empty();
		}
	}
}
