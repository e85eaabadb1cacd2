package uk.sosafe.assistant.conversation;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.sosafe.assistant.MutableClock;
import uk.sosafe.assistant.knowledge.UnansweredQuestions;
import uk.sosafe.assistant.system.SqliteDataTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Content gaps go 180 days after they were last asked; a question asked again lately stays, whenever it was first. */
@SqliteDataTest
@Import(UnansweredQuestions.class)
class UnansweredQuestionRetentionDataTest {

	private static final Instant NOW = Instant.parse("2026-11-26T03:30:00Z");

	@Autowired
	UnansweredQuestions questions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void questionsNotAskedForLongerThanThePeriodGo() {
		gap("where do i get a parking permit for my mums carer", NOW.minus(Duration.ofDays(400)), NOW.minus(Duration.ofDays(200)));
		gap("what is the anti social behaviour order thing", NOW.minus(Duration.ofDays(400)), NOW.minus(Duration.ofDays(10)));
		gap("can u tell me about the new cctv", NOW.minus(Duration.ofDays(20)), NOW.minus(Duration.ofDays(20)));

		int deleted = new UnansweredQuestionRetention(this.questions, new MutableClock(NOW), Duration.ofDays(180)).deleteExpired();

		assertThat(deleted).isEqualTo(1);
		assertThat(this.questions.mostAsked(10)).extracting(UnansweredQuestions.Gap::question)
			.containsExactlyInAnyOrder("what is the anti social behaviour order thing", "can u tell me about the new cctv");
	}

	@Test
	void aPeriodMustBePositive() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new UnansweredQuestionRetention(this.questions, new MutableClock(NOW), Duration.ZERO));
	}

	private void gap(String question, Instant first, Instant last) {
		this.jdbc.sql("""
				INSERT INTO unanswered_questions (question, times_asked, first_seen_at, last_seen_at)
				VALUES (:question, 2, :first, :last)""")
			.param("question", question)
			.param("first", first.toEpochMilli())
			.param("last", last.toEpochMilli())
			.update();
	}
}
