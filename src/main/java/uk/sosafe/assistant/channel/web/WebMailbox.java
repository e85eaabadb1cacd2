package uk.sosafe.assistant.channel.web;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.sosafe.assistant.conversation.spi.Channel;
import uk.sosafe.assistant.conversation.spi.ChannelGateway;
import uk.sosafe.assistant.conversation.spi.Reply;
import uk.sosafe.assistant.conversation.spi.ResidentForgotten;
import uk.sosafe.assistant.conversation.spi.ResidentId;
import uk.sosafe.assistant.conversation.spi.Residents;
import uk.sosafe.assistant.privacy.PersonalData;

/**
 * The web chat's gateway. A web page cannot be pushed to, so what the outbox sends to a web resident
 * (an officer's reply, a case closed) waits here, encrypted, until the page fetches it; fetched
 * messages are deleted, and unfetched ones after a week. Ending the session deletes them at once.
 */
@Component
class WebMailbox implements ChannelGateway {

	static final Duration KEEP = Duration.ofDays(7);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final Residents residents;

	private final PersonalData personalData;

	private final Clock clock;

	WebMailbox(JdbcClient jdbc, Residents residents, PersonalData personalData, Clock clock) {
		this.jdbc = jdbc;
		this.residents = residents;
		this.personalData = personalData;
		this.clock = clock;
	}

	@Override
	public Channel channel() {
		return Channel.WEB;
	}

	@Override
	public SendResult send(String sessionId, List<Reply> replies, int part) {
		return this.residents.find(Channel.WEB, sessionId).map(resident -> {
			this.jdbc.sql("INSERT INTO web_mailbox (resident_id, body_enc, at) VALUES (:resident, :body, :at)")
				.param("resident", resident.value())
				.param("body", this.personalData.encrypt(JSON.writeValueAsString(replies.toArray(Reply[]::new))))
				.param("at", this.clock.millis())
				.update();
			return SendResult.accepted(null);
		}).orElseGet(() -> SendResult.failed("the web chat session has ended"));
	}

	/** Everything waiting for this resident, oldest first; what is returned is deleted. */
	@Transactional
	List<Reply> collect(ResidentId resident) {
		record Held(long id, byte[] body) {
		}
		List<Held> held = this.jdbc.sql("SELECT id, body_enc FROM web_mailbox WHERE resident_id = :resident ORDER BY id")
			.param("resident", resident.value())
			.query((rs, row) -> new Held(rs.getLong(1), rs.getBytes(2)))
			.list();
		if (held.isEmpty()) {
			return List.of();
		}
		this.jdbc.sql("DELETE FROM web_mailbox WHERE resident_id = :resident AND id <= :last")
			.param("resident", resident.value())
			.param("last", held.get(held.size() - 1).id())
			.update();
		return held.stream()
			.flatMap(message -> List.of(JSON.readValue(this.personalData.decrypt(message.body()), Reply[].class)).stream())
			.toList();
	}

	@EventListener
	void on(ResidentForgotten event) {
		this.jdbc.sql("DELETE FROM web_mailbox WHERE resident_id = :resident").param("resident", event.resident().value()).update();
	}

	/** Unfetched messages go after a week: the resident has left the page. */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	int purge() {
		return this.jdbc.sql("DELETE FROM web_mailbox WHERE at < :before")
			.param("before", this.clock.instant().minus(KEEP).toEpochMilli())
			.update();
	}
}
