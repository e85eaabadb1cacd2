package uk.sosafe.assistant.survey;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.sosafe.assistant.conversation.spi.ResidentForgotten;
import uk.sosafe.assistant.conversation.spi.ResidentId;
import uk.sosafe.assistant.privacy.PersonalData;
import uk.sosafe.assistant.privacy.TextScrubber;
import uk.sosafe.assistant.survey.Question.Type;

/**
 * Survey responses. A response is begun when a resident starts (so results can say how many
 * started) and written in full only when they finish. An anonymous survey's response never carries the
 * resident's id: whether they have answered is kept apart, as a keyed hash under the survey's own salt.
 * Free-text answers are scrubbed of names, numbers and addresses before they are kept.
 */
@Component
class SurveyResponses {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final String EARLIEST = "0000-01-01";

	private static final String LATEST = "9999-12-31";

	private final JdbcClient jdbc;

	private final PersonalData personalData;

	private final Clock clock;

	SurveyResponses(JdbcClient jdbc, PersonalData personalData, Clock clock) {
		this.jdbc = jdbc;
		this.personalData = personalData;
		this.clock = clock;
	}

	/** Begins a response and returns its id; a named survey's earlier response is reused, to be replaced. */
	String begin(SurveyDefinition survey, ResidentId resident, LocalDate day) {
		salt(survey.id());
		if (!survey.anonymous()) {
			Optional<String> earlier = this.jdbc.sql("SELECT id FROM survey_responses WHERE survey_id = :survey AND resident_id = :resident")
				.param("survey", survey.id()).param("resident", resident.value()).query(String.class).optional();
			if (earlier.isPresent()) {
				return earlier.get();
			}
		}
		String id = UUID.randomUUID().toString();
		this.jdbc.sql("INSERT INTO survey_responses (id, survey_id, resident_id, started_on) VALUES (:id, :survey, :resident, :day)")
			.param("id", id)
			.param("survey", survey.id())
			.param("resident", survey.anonymous() ? null : resident.value())
			.param("day", day.toString())
			.update();
		return id;
	}

	/**
	 * Writes the answers of a finished response (replacing any earlier ones) and records that the resident
	 * has answered. Call inside the transaction that also deletes their progress.
	 */
	void complete(SurveyDefinition survey, ResidentId resident, String responseId, Answers answers, LocalDate day) {
		this.jdbc.sql("DELETE FROM survey_answers WHERE response_id = :id").param("id", responseId).update();
		for (Question question : survey.questions()) {
			List<String> given = answers.of(question.id());
			for (int position = 0; position < given.size(); position++) {
				String value = question.type() == Type.FREE_TEXT ? TextScrubber.scrub(given.get(position)) : given.get(position);
				this.jdbc.sql("INSERT INTO survey_answers (response_id, question_id, position, value) VALUES (:id, :question, :position, :value)")
					.param("id", responseId).param("question", question.id()).param("position", position).param("value", value)
					.update();
			}
		}
		this.jdbc.sql("UPDATE survey_responses SET completed_on = :day WHERE id = :id").param("day", day.toString())
			.param("id", responseId).update();
		this.jdbc.sql("""
				INSERT INTO survey_participants (survey_id, participant_hash) VALUES (:survey, :hash)
				ON CONFLICT (survey_id, participant_hash) DO NOTHING""")
			.param("survey", survey.id()).param("hash", participant(survey.id(), resident)).update();
	}

	boolean hasCompleted(SurveyDefinition survey, ResidentId resident) {
		return this.jdbc.sql("SELECT COUNT(*) FROM survey_participants WHERE survey_id = :survey AND participant_hash IN (:hashes)")
			.param("survey", survey.id()).param("hashes", participants(survey.id(), resident)).query(Long.class).single() > 0;
	}

	/** The resident's own completed answers to a survey that is not anonymous. */
	Optional<Answers> answersOf(SurveyDefinition survey, ResidentId resident) {
		if (survey.anonymous()) {
			return Optional.empty();
		}
		return this.jdbc.sql("""
				SELECT id FROM survey_responses WHERE survey_id = :survey AND resident_id = :resident AND completed_on IS NOT NULL""")
			.param("survey", survey.id()).param("resident", resident.value()).query(String.class).optional()
			.map(id -> completed(survey.id(), "r.id = :id", Map.of("id", id)).get(0).answers());
	}

	/** How many responses were begun on days from {@code from} to {@code to} (either may be null). */
	int started(String surveyId, LocalDate from, LocalDate to) {
		return this.jdbc.sql("SELECT COUNT(*) FROM survey_responses WHERE survey_id = :survey AND started_on BETWEEN :from AND :to")
			.param("survey", surveyId).param("from", day(from, EARLIEST)).param("to", day(to, LATEST))
			.query(Long.class).single().intValue();
	}

	int completedCount(String surveyId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM survey_responses WHERE survey_id = :survey AND completed_on IS NOT NULL")
			.param("survey", surveyId).query(Long.class).single().intValue();
	}

	/** The responses finished on days from {@code from} to {@code to}, in an order that says nothing about time. */
	List<Stored> completed(String surveyId, LocalDate from, LocalDate to) {
		return completed(surveyId, "r.completed_on BETWEEN :from AND :to",
				Map.of("from", day(from, EARLIEST), "to", day(to, LATEST)));
	}

	private List<Stored> completed(String surveyId, String filter, Map<String, Object> params) {
		Map<String, Map<String, List<String>>> byResponse = new LinkedHashMap<>();
		this.jdbc.sql("SELECT r.id, a.question_id, a.value FROM survey_responses r"
				+ " LEFT JOIN survey_answers a ON a.response_id = r.id"
				+ " WHERE r.survey_id = :survey AND r.completed_on IS NOT NULL AND " + filter
				+ " ORDER BY r.id, a.question_id, a.position")
			.param("survey", surveyId)
			.params(params)
			.query((rs, row) -> {
				Map<String, List<String>> answers = byResponse.computeIfAbsent(rs.getString(1), id -> new LinkedHashMap<>());
				if (rs.getString(2) != null) {
					answers.computeIfAbsent(rs.getString(2), question -> new ArrayList<>()).add(rs.getString(3));
				}
				return rs.getString(1);
			})
			.list();
		List<Stored> stored = new ArrayList<>();
		byResponse.forEach((id, answers) -> stored.add(new Stored(id, new Answers(answers))));
		return stored;
	}

	@EventListener
	@Transactional
	void on(ResidentForgotten event) {
		this.jdbc.sql("DELETE FROM survey_responses WHERE resident_id = :resident").param("resident", event.resident().value()).update();
		this.jdbc.sql("SELECT id FROM surveys").query(String.class).list().forEach(survey -> this.jdbc
			.sql("DELETE FROM survey_participants WHERE survey_id = :survey AND participant_hash IN (:hashes)")
			.param("survey", survey).param("hashes", participants(survey, event.resident())).update());
	}

	/** The participation hashes to look for: under the current key, and the previous one during a key rotation. */
	private List<String> participants(String surveyId, ResidentId resident) {
		return this.personalData.keyedHashes(participantInput(salt(surveyId), resident.value()));
	}

	/** What a participation hash is made of (also re-made by {@link SurveyKeys} in a key rotation). */
	static String participantInput(String salt, String residentId) {
		return "survey-participant\n" + salt + "\n" + residentId;
	}

	/** The keyed hash that says a resident took part, under the survey's own salt. */
	private String participant(String surveyId, ResidentId resident) {
		return this.personalData.keyedHash(participantInput(salt(surveyId), resident.value()));
	}

	private String salt(String surveyId) {
		Optional<String> salt = this.jdbc.sql("SELECT salt FROM surveys WHERE id = :id").param("id", surveyId)
			.query(String.class).optional();
		if (salt.isPresent()) {
			return salt.get();
		}
		byte[] fresh = new byte[16];
		RANDOM.nextBytes(fresh);
		this.jdbc.sql("INSERT INTO surveys (id, salt, created_at) VALUES (:id, :salt, :now) ON CONFLICT (id) DO NOTHING")
			.param("id", surveyId).param("salt", Base64.getEncoder().encodeToString(fresh)).param("now", this.clock.millis())
			.update();
		return this.jdbc.sql("SELECT salt FROM surveys WHERE id = :id").param("id", surveyId).query(String.class).single();
	}

	private static String day(LocalDate day, String otherwise) {
		return day == null ? otherwise : day.toString();
	}

	/** A finished response, by its random id. */
	record Stored(String id, Answers answers) {
	}
}
