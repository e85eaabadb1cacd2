package uk.sosafe.assistant.conversation;

import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.sosafe.assistant.conversation.spi.HandledAs;
import uk.sosafe.assistant.conversation.spi.InboundMessage;
import uk.sosafe.assistant.conversation.spi.Reply;
import uk.sosafe.assistant.conversation.spi.ResidentForgotten;
import uk.sosafe.assistant.conversation.spi.ResidentId;
import uk.sosafe.assistant.conversation.spi.Turn;
import uk.sosafe.assistant.privacy.PersonalData;

/** The record of what a resident said and what they were told, encrypted at rest. */
@Component
public class Transcript {

	private final JdbcClient jdbc;

	private final PersonalData personalData;

	private final Clock clock;

	Transcript(JdbcClient jdbc, PersonalData personalData, Clock clock) {
		this.jdbc = jdbc;
		this.personalData = personalData;
		this.clock = clock;
	}

	/**
	 * Records what a resident sent. An answer to a survey is kept by the survey module alone (an
	 * anonymous survey keeps no link to the resident), so here it is only marked as one.
	 */
	void recordInbound(InboundMessage message, HandledAs handledAs) {
		String body = handledAs == HandledAs.SURVEY ? "[survey answer]"
				: message.isOption() ? "[option] " + message.option() : message.text();
		insert(message.resident(), "IN", body, null, null);
	}

	void recordOutbound(ResidentId resident, Turn turn) {
		String body = turn.replies().stream().map(Reply::text).collect(Collectors.joining("\n\n"));
		insert(resident, "OUT", body, turn.handledAs().wireName(), turn.articleId());
	}

	/** The resident's transcript, oldest first, for staff who are allowed to see it. */
	public List<Entry> of(ResidentId resident) {
		return this.jdbc.sql("""
				SELECT direction, body_enc, handled_as, created_at FROM transcript_entries
				WHERE resident_id = :resident ORDER BY id""")
			.param("resident", resident.value())
			.query((rs, row) -> new Entry(rs.getString(1), this.personalData.decrypt(rs.getBytes(2)), rs.getString(3),
					rs.getLong(4)))
			.list();
	}

	@EventListener
	@Transactional
	void on(ResidentForgotten event) {
		this.jdbc.sql("DELETE FROM transcript_entries WHERE resident_id = :resident")
			.param("resident", event.resident().value())
			.update();
	}

	/** What the resident wrote that was answered with the fallback: what was recorded as unanswered. */
	List<String> unansweredQuestionsOf(ResidentId resident) {
		List<Entry> lines = of(resident);
		List<String> questions = new java.util.ArrayList<>();
		for (int i = 0; i + 1 < lines.size(); i++) {
			if (lines.get(i).direction().equals("IN") && lines.get(i + 1).direction().equals("OUT")
					&& HandledAs.FALLBACK.wireName().equals(lines.get(i + 1).handledAs())) {
				questions.add(lines.get(i).text());
			}
		}
		return questions;
	}

	private void insert(ResidentId resident, String direction, String body, String handledAs, String articleId) {
		this.jdbc.sql("""
				INSERT INTO transcript_entries (resident_id, direction, body_enc, handled_as, article_id, created_at)
				VALUES (:resident, :direction, :body, :handledAs, :articleId, :now)""")
			.param("resident", resident.value())
			.param("direction", direction)
			.param("body", this.personalData.encrypt(body))
			.param("handledAs", handledAs)
			.param("articleId", articleId)
			.param("now", this.clock.millis())
			.update();
	}

	/** One transcript line: IN from the resident or OUT to them. */
	public record Entry(String direction, String text, String handledAs, long atEpochMillis) {
	}
}
