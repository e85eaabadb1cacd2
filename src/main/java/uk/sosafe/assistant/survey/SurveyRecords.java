package uk.sosafe.assistant.survey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.sosafe.assistant.conversation.spi.ResidentId;
import uk.sosafe.assistant.conversation.spi.ResidentRecords;
import uk.sosafe.assistant.privacy.PersonalData;

/**
 * The survey module's share of a subject-access export: the resident's responses to named surveys, and
 * answers so far in surveys they have not finished. Finished anonymous responses carry no link to anyone,
 * so they cannot be found (or exported) for one resident; the export says so.
 */
@Component
class SurveyRecords implements ResidentRecords {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final PersonalData personalData;

	SurveyRecords(JdbcClient jdbc, PersonalData personalData) {
		this.jdbc = jdbc;
		this.personalData = personalData;
	}

	@Override
	public String part() {
		return "surveys";
	}

	@Override
	public Map<String, Object> export(ResidentId resident) {
		Map<String, Object> export = new LinkedHashMap<>();
		List<NamedResponse> responses = responses(resident);
		if (!responses.isEmpty()) {
			export.put("namedResponses", responses);
		}
		List<Unfinished> unfinished = this.jdbc.sql("SELECT survey_id, progress_enc FROM survey_progress WHERE resident_id = :id ORDER BY survey_id")
			.param("id", resident.value())
			.query((rs, row) -> new Unfinished(rs.getString(1),
					JSON.readValue(this.personalData.decrypt(rs.getBytes(2)), Progress.class).answers()))
			.list();
		if (!unfinished.isEmpty()) {
			export.put("unfinished", unfinished);
		}
		export.put("note", "Answers to anonymous surveys are kept with no link to the person who gave them, so they "
				+ "cannot be found for anyone.");
		return export;
	}

	private List<NamedResponse> responses(ResidentId resident) {
		Map<String, NamedResponse> byId = new LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT r.id, r.survey_id, r.started_on, r.completed_on, a.question_id, a.value
				FROM survey_responses r LEFT JOIN survey_answers a ON a.response_id = r.id
				WHERE r.resident_id = :id ORDER BY r.started_on, r.id, a.question_id, a.position""")
			.param("id", resident.value())
			.query((rs, row) -> {
				NamedResponse response = byId.computeIfAbsent(rs.getString(1), id -> {
					try {
						return new NamedResponse(rs.getString(2), rs.getString(3), rs.getString(4), new LinkedHashMap<>());
					}
					catch (java.sql.SQLException ex) {
						throw new IllegalStateException(ex);
					}
				});
				if (rs.getString(5) != null) {
					response.answers().computeIfAbsent(rs.getString(5), question -> new ArrayList<>()).add(rs.getString(6));
				}
				return response;
			})
			.list();
		return List.copyOf(byId.values());
	}

	record NamedResponse(String survey, String startedOn, String completedOn, Map<String, List<String>> answers) {
	}

	record Unfinished(String survey, Map<String, List<String>> answersSoFar) {
	}
}
