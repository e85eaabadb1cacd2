package uk.sosafe.assistant.survey;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.sosafe.assistant.conversation.spi.RetentionRule;

/**
 * Survey responses (with their answers and the "has answered" hashes) are kept for
 * {@code sosafe.retention.survey-responses} (default a year) after their survey closes. A response to a
 * survey whose file is gone goes that long after the day it was last touched.
 */
@Component
class SurveyResponseRetention implements RetentionRule {

	private final JdbcClient jdbc;

	private final SurveyCatalogue catalogue;

	private final Clock clock;

	private final Duration period;

	SurveyResponseRetention(JdbcClient jdbc, SurveyCatalogue catalogue, Clock clock,
			@Value("${sosafe.retention.survey-responses:365d}") Duration period) {
		if (period.isNegative() || period.isZero()) {
			throw new IllegalArgumentException("sosafe.retention.survey-responses must be a positive duration, such as 365d");
		}
		this.jdbc = jdbc;
		this.catalogue = catalogue;
		this.clock = clock;
		this.period = period;
	}

	@Override
	public String kind() {
		return "survey-responses";
	}

	@Override
	@Transactional
	public int deleteExpired() {
		LocalDate cutoff = SurveyCatalogue.today(this.clock).minusDays(this.period.toDays());
		int deleted = 0;
		for (SurveyDefinition survey : this.catalogue.all()) {
			if (survey.closes().isBefore(cutoff)) {
				deleted += deleteResponsesWhere("survey_id = :survey", Map.of("survey", survey.id()));
				this.jdbc.sql("DELETE FROM survey_participants WHERE survey_id = :survey").param("survey", survey.id()).update();
			}
		}
		List<String> known = this.catalogue.all().stream().map(SurveyDefinition::id).toList();
		Map<String, Object> params = new HashMap<>(Map.of("cutoff", cutoff.toString()));
		String gone = "";
		if (!known.isEmpty()) {
			gone = "survey_id NOT IN (:known) AND ";
			params.put("known", known);
		}
		deleted += deleteResponsesWhere(gone + "COALESCE(completed_on, started_on) < :cutoff", params);
		this.jdbc.sql("DELETE FROM survey_participants WHERE " + gone + """
				NOT EXISTS (SELECT 1 FROM survey_responses r WHERE r.survey_id = survey_participants.survey_id)""")
			.params(params.containsKey("known") ? Map.of("known", known) : Map.of())
			.update();
		return deleted;
	}

	private int deleteResponsesWhere(String where, Map<String, ?> params) {
		this.jdbc.sql("DELETE FROM survey_answers WHERE response_id IN (SELECT id FROM survey_responses WHERE " + where + ")")
			.params(params).update();
		return this.jdbc.sql("DELETE FROM survey_responses WHERE " + where).params(params).update();
	}
}
