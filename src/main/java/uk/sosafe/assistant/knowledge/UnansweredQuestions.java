package uk.sosafe.assistant.knowledge;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.sosafe.assistant.privacy.TextScrubber;

/** Questions no article answered, scrubbed and counted, never linked to a resident. */
@Component
public class UnansweredQuestions {

	static final int MAX_LENGTH = 500;

	private final JdbcClient jdbc;

	private final Clock clock;

	UnansweredQuestions(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Records a question; one too long to be a question (a whole story) is not a content gap and is left out. */
	void record(String question) {
		String scrubbed = kept(question);
		if (scrubbed.isBlank()) {
			return;
		}
		this.jdbc.sql("""
				INSERT INTO unanswered_questions (question, times_asked, first_seen_at, last_seen_at)
				VALUES (:question, 1, :now, :now)
				ON CONFLICT (question) DO UPDATE SET times_asked = unanswered_questions.times_asked + 1,
				last_seen_at = excluded.last_seen_at""")
			.param("question", scrubbed)
			.param("now", this.clock.millis())
			.update();
	}

	/**
	 * Takes back one asking of a question, as it was recorded: the count goes down, and the question goes
	 * when nobody else asked it. Used when the resident who asked is forgotten.
	 */
	void withdraw(String question) {
		String scrubbed = kept(question);
		if (scrubbed.isBlank()) {
			return;
		}
		this.jdbc.sql("DELETE FROM unanswered_questions WHERE question = :question AND times_asked <= 1")
			.param("question", scrubbed).update();
		this.jdbc.sql("UPDATE unanswered_questions SET times_asked = times_asked - 1 WHERE question = :question")
			.param("question", scrubbed).update();
	}

	/** The question as it is kept: scrubbed and lower case; blank when it is not kept at all. */
	private static String kept(String question) {
		return question.length() > MAX_LENGTH ? "" : TextScrubber.scrub(question).toLowerCase();
	}

	/** Deletes the questions nobody has asked since {@code cutoff}; returns how many went. */
	public int forgetNotAskedSince(Instant cutoff) {
		return this.jdbc.sql("DELETE FROM unanswered_questions WHERE last_seen_at < :cutoff")
			.param("cutoff", cutoff.toEpochMilli())
			.update();
	}

	/** The content gaps, most asked first. */
	public List<Gap> mostAsked(int limit) {
		return this.jdbc.sql("""
				SELECT question, times_asked, last_seen_at FROM unanswered_questions
				ORDER BY times_asked DESC, last_seen_at DESC LIMIT :limit""")
			.param("limit", limit)
			.query((rs, row) -> new Gap(rs.getString(1), rs.getInt(2), Instant.ofEpochMilli(rs.getLong(3))))
			.list();
	}

	/** One content gap: a scrubbed question, how often it was asked, and when last. */
	public record Gap(String question, int count, Instant lastSeen) {
	}
}
