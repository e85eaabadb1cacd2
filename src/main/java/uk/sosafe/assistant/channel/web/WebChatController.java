package uk.sosafe.assistant.channel.web;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.sosafe.assistant.conversation.ConversationEngine;
import uk.sosafe.assistant.conversation.UnknownOptionException;
import uk.sosafe.assistant.conversation.spi.Channel;
import uk.sosafe.assistant.conversation.spi.InboundMessage;
import uk.sosafe.assistant.conversation.spi.ResidentId;

/** The web chat API (a contract): open a session, send a message and get the replies, end the session. */
@RestController
@RequestMapping(path = "/api/v1/chat/sessions", produces = MediaType.APPLICATION_JSON_VALUE)
class WebChatController {

	private static final CacheControl NO_STORE = CacheControl.noStore();

	private final WebSessions sessions;

	private final ConversationEngine engine;

	private final WindowRateLimiter sessionLimiter;

	private final WindowRateLimiter messageLimiter;

	private final Clock clock;

	private final WebMailbox mailbox;

	WebChatController(WebSessions sessions, ConversationEngine engine, WebChatProperties properties, Clock clock,
			WebMailbox mailbox) {
		this.mailbox = mailbox;
		this.sessions = sessions;
		this.engine = engine;
		this.sessionLimiter = new WindowRateLimiter(properties.rateLimit().sessionsPerMinute(), clock);
		this.messageLimiter = new WindowRateLimiter(properties.rateLimit().messagesPerMinute(), clock);
		this.clock = clock;
	}

	@PostMapping
	ResponseEntity<Map<String, String>> open(HttpServletRequest request) {
		if (!this.sessionLimiter.tryAcquire(request.getRemoteAddr())) {
			throw tooMany();
		}
		return ResponseEntity.status(HttpStatus.CREATED).cacheControl(NO_STORE).body(Map.of("sessionId", this.sessions.open()));
	}

	@PostMapping(path = "/{sessionId}/messages", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ChatResponse> message(@PathVariable String sessionId, @RequestBody(required = false) ChatRequest body) {
		ResidentId resident = this.sessions.find(sessionId).orElseThrow(WebChatController::unknownSession);
		ChatRequest request = ChatInput.check(body);
		if (!this.messageLimiter.tryAcquire(sessionId)) {
			throw tooMany();
		}
		InboundMessage message = new InboundMessage(resident, Channel.WEB, UUID.randomUUID().toString(), request.text(),
				request.option(), this.clock.instant());
		try {
			return ResponseEntity.ok().cacheControl(NO_STORE).body(ChatResponse.of(this.engine.handle(message)));
		}
		catch (UnknownOptionException ex) {
			throw new ChatProblem(HttpStatus.BAD_REQUEST, "unknown-option", ex.getMessage());
		}
	}

	/**
	 * What the assistant has for the resident since their last message that was not a direct answer (an
	 * officer's reply to their case): each message is given once. The chat page asks every few seconds.
	 */
	@GetMapping("/{sessionId}/messages")
	ResponseEntity<Map<String, List<ChatResponse.ReplyBody>>> waiting(@PathVariable String sessionId) {
		ResidentId resident = this.sessions.find(sessionId).orElseThrow(WebChatController::unknownSession);
		return ResponseEntity.ok().cacheControl(NO_STORE)
			.body(Map.of("replies", this.mailbox.collect(resident).stream().map(ChatResponse.ReplyBody::of).toList()));
	}

	@DeleteMapping("/{sessionId}")
	ResponseEntity<Void> end(@PathVariable String sessionId) {
		if (!this.sessions.end(sessionId)) {
			throw unknownSession();
		}
		return ResponseEntity.noContent().cacheControl(NO_STORE).build();
	}

	private static ChatProblem unknownSession() {
		return new ChatProblem(HttpStatus.NOT_FOUND, "unknown-session",
				"No chat session with that id. It may have ended; start a new one.");
	}

	private static ChatProblem tooMany() {
		return new ChatProblem(HttpStatus.TOO_MANY_REQUESTS, "rate-limited",
				"Too many messages in a short time. Please wait a minute and try again. In an emergency call 999.");
	}
}
