package uk.sosafe.assistant.survey;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.sosafe.assistant.MutableClock;
import uk.sosafe.assistant.system.SqliteDataTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Responses go a year after their survey closed, with answers and "has answered" hashes; a survey whose
 * file is gone loses responses a year after they were last touched; an open survey keeps everything.
 */
@SqliteDataTest
class SurveyResponseRetentionDataTest {

	private static final Instant NOW = Instant.parse("2026-11-26T03:30:00Z");

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

	@Autowired
	JdbcClient jdbc;

	@Test
	void responsesGoAYearAfterTheirSurveyClosed() {
		SurveyCatalogue catalogue = new SurveyCatalogue(List.of(survey("closed-long-ago", TODAY.minusDays(400)),
				survey("still-open", TODAY.plusDays(30))), List.of());
		response("closed-long-ago", "a", TODAY.minusDays(500));
		response("still-open", "b", TODAY.minusDays(500));
		response("file-gone", "c", TODAY.minusDays(400));
		response("file-gone", "d", TODAY.minusDays(10));
		participant("closed-long-ago");
		participant("still-open");

		int deleted = new SurveyResponseRetention(this.jdbc, catalogue, new MutableClock(NOW), Duration.ofDays(365))
			.deleteExpired();

		assertThat(deleted).isEqualTo(2);
		assertThat(this.jdbc.sql("SELECT id FROM survey_responses ORDER BY id").query(String.class).list()).containsExactly("b", "d");
		assertThat(this.jdbc.sql("SELECT response_id FROM survey_answers ORDER BY response_id").query(String.class).list())
			.containsExactly("b", "d");
		assertThat(this.jdbc.sql("SELECT survey_id FROM survey_participants").query(String.class).list()).containsExactly("still-open");
	}

	private static SurveyDefinition survey(String id, LocalDate closes) {
		return new SurveyDefinition(id, id, "intro", "consent", true, closes.minusDays(60), closes, "Thanks", List.of());
	}

	private void response(String survey, String id, LocalDate day) {
		this.jdbc.sql("INSERT INTO surveys (id, salt, created_at) VALUES (:id, 'salt', 0) ON CONFLICT (id) DO NOTHING")
			.param("id", survey).update();
		this.jdbc.sql("INSERT INTO survey_responses (id, survey_id, started_on, completed_on) VALUES (:id, :survey, :day, :day)")
			.param("id", id).param("survey", survey).param("day", day.toString()).update();
		this.jdbc.sql("INSERT INTO survey_answers (response_id, question_id, position, value) VALUES (:id, 'q1', 0, '1')")
			.param("id", id).update();
	}

	private void participant(String survey) {
		this.jdbc.sql("INSERT INTO survey_participants (survey_id, participant_hash) VALUES (:survey, :hash)")
			.param("survey", survey).param("hash", "hash-" + survey).update();
	}
}
