package uk.sosafe.assistant.survey;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.sosafe.assistant.conversation.spi.ResidentForgotten;
import uk.sosafe.assistant.conversation.spi.ResidentId;
import uk.sosafe.assistant.privacy.PersonalData;

/**
 * Surveys residents have begun and not finished, so "pause" and a safety reply never lose answers.
 * Kept encrypted, one row per resident and survey, deleted when the survey is finished (so no link to
 * an anonymous response is left), when the resident is forgotten, or after the keeping period.
 */
@Component
class SurveyProgress {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final PersonalData personalData;

	private final Clock clock;

	private final SurveyProperties properties;

	private final SurveyCatalogue catalogue;

	SurveyProgress(JdbcClient jdbc, PersonalData personalData, Clock clock, SurveyProperties properties,
			SurveyCatalogue catalogue) {
		this.jdbc = jdbc;
		this.personalData = personalData;
		this.clock = clock;
		this.properties = properties;
		this.catalogue = catalogue;
	}

	Optional<Progress> find(ResidentId resident, String surveyId) {
		return this.jdbc.sql("SELECT progress_enc FROM survey_progress WHERE resident_id = :resident AND survey_id = :survey")
			.param("resident", resident.value())
			.param("survey", surveyId)
			.query((rs, row) -> JSON.readValue(this.personalData.decrypt(rs.getBytes(1)), Progress.class))
			.optional();
	}

	/** Of these surveys, the one this resident was answering most recently, if any. */
	Optional<String> latest(ResidentId resident, Collection<String> surveyIds) {
		if (surveyIds.isEmpty()) {
			return Optional.empty();
		}
		return this.jdbc.sql("""
				SELECT survey_id FROM survey_progress WHERE resident_id = :resident AND survey_id IN (:surveys)
				ORDER BY updated_at DESC LIMIT 1""")
			.param("resident", resident.value())
			.param("surveys", surveyIds)
			.query(String.class)
			.optional();
	}

	void save(ResidentId resident, String surveyId, Progress progress) {
		this.jdbc.sql("""
				INSERT INTO survey_progress (resident_id, survey_id, progress_enc, updated_at)
				VALUES (:resident, :survey, :progress, :now)
				ON CONFLICT (resident_id, survey_id) DO UPDATE SET progress_enc = excluded.progress_enc,
				updated_at = excluded.updated_at""")
			.param("resident", resident.value())
			.param("survey", surveyId)
			.param("progress", this.personalData.encrypt(JSON.writeValueAsString(progress)))
			.param("now", this.clock.millis())
			.update();
	}

	void delete(ResidentId resident, String surveyId) {
		this.jdbc.sql("DELETE FROM survey_progress WHERE resident_id = :resident AND survey_id = :survey")
			.param("resident", resident.value())
			.param("survey", surveyId)
			.update();
	}

	/** Deletes progress nobody has touched for the keeping period, and all of a survey that closed; returns how many. */
	@Scheduled(fixedDelayString = "${sosafe.retention.check-every:1h}", initialDelayString = "${sosafe.retention.check-every:1h}")
	int forgetAbandoned() {
		int old = this.jdbc.sql("DELETE FROM survey_progress WHERE updated_at < :before")
			.param("before", this.clock.millis() - this.properties.progressKept().toMillis())
			.update();
		List<String> open = this.catalogue.openOn(SurveyCatalogue.today(this.clock)).stream().map(SurveyDefinition::id).toList();
		int closed = open.isEmpty() ? this.jdbc.sql("DELETE FROM survey_progress").update()
				: this.jdbc.sql("DELETE FROM survey_progress WHERE survey_id NOT IN (:open)").param("open", open).update();
		return old + closed;
	}

	@EventListener
	@Transactional
	void on(ResidentForgotten event) {
		this.jdbc.sql("DELETE FROM survey_progress WHERE resident_id = :resident")
			.param("resident", event.resident().value())
			.update();
	}
}
