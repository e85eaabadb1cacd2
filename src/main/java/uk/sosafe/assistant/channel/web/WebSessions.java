package uk.sosafe.assistant.channel.web;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.sosafe.assistant.conversation.spi.Channel;
import uk.sosafe.assistant.conversation.spi.ConversationExited;
import uk.sosafe.assistant.conversation.spi.ResidentForgotten;
import uk.sosafe.assistant.conversation.spi.ResidentId;
import uk.sosafe.assistant.conversation.spi.Residents;

/**
 * Web chat sessions. A session id is an unguessable random token; it is the resident's web address,
 * so it is kept only as the resident directory keeps addresses. Ending a session (the quick exit)
 * erases what the server holds about it.
 */
@Component
class WebSessions {

	private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{20,64}");

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Residents residents;

	private final ApplicationEventPublisher events;

	WebSessions(Residents residents, ApplicationEventPublisher events) {
		this.residents = residents;
		this.events = events;
	}

	String open() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		this.residents.resolve(Channel.WEB, id);
		return id;
	}

	Optional<ResidentId> find(String sessionId) {
		if (sessionId == null || !WELL_FORMED.matcher(sessionId).matches()) {
			return Optional.empty();
		}
		return this.residents.find(Channel.WEB, sessionId);
	}

	@Transactional
	boolean end(String sessionId) {
		Optional<ResidentId> resident = find(sessionId);
		resident.ifPresent(id -> this.events.publishEvent(new ResidentForgotten(id)));
		return resident.isPresent();
	}

	@EventListener
	void on(ConversationExited event) {
		if (event.channel() == Channel.WEB) {
			this.events.publishEvent(new ResidentForgotten(event.resident()));
		}
	}
}
