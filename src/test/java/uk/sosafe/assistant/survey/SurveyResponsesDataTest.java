package uk.sosafe.assistant.survey;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.sosafe.assistant.conversation.spi.ResidentId;
import uk.sosafe.assistant.survey.SurveyResults.Results;
import uk.sosafe.assistant.survey.SurveyResults.Slice;
import uk.sosafe.assistant.system.SqliteDataTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Responses kept and sliced by ward and by day on a real SQLite file. */
@SqliteDataTest
@Import({ SurveyResponses.class, SurveyResults.class, SurveyFlowDataTest.TestSurveys.class })
class SurveyResponsesDataTest {

	private static final LocalDate FIRST = LocalDate.of(2026, 11, 1);

	private static final LocalDate TENTH = LocalDate.of(2026, 11, 10);

	@Autowired
	SurveyResponses responses;

	@Autowired
	SurveyResults results;

	@Autowired
	JdbcClient jdbc;

	private final SurveyDefinition street = SurveyFlowDataTest.TestSurveys.CATALOGUE.find("street").orElseThrow();

	@Test
	void slicesByWardAndDayCountWhatTheyShould() {
		for (int i = 0; i < 3; i++) {
			finish(FIRST, "chells", "1");
		}
		for (int i = 0; i < 5; i++) {
			finish(TENTH, "bedwell", i == 0 ? "1" : "3");
		}
		this.responses.begin(this.street, resident(), TENTH);

		Results bedwell = this.results.results("street", new Slice("bedwell", null, null));
		Results tenth = this.results.results("street", new Slice(null, TENTH, TENTH));
		Results chells = this.results.results("street", new Slice("chells", null, null));

		assertThat(bedwell.completed().count()).isEqualTo(5);
		assertThat(bedwell.started().count()).as("the ward of an unfinished response is not known").isNull();
		assertThat(bedwell.started().suppressed()).isFalse();
		assertThat(tenth.started().count()).isEqualTo(6);
		assertThat(tenth.completed().count()).isEqualTo(5);
		assertThat(tenth.completionRate()).isEqualTo(83.3);
		assertThat(chells.completed().suppressed()).isTrue();
		assertThat(this.responses.completed("street", FIRST, LocalDate.of(2026, 11, 5))).hasSize(3);
		assertThat(this.responses.started("street", null, null)).isEqualTo(9);
	}

	@Test
	void anAnonymousResponseHasARandomIdNoResidentAndOnlyADay() {
		ResidentId resident = resident();
		String id = this.responses.begin(this.street, resident, TENTH);
		this.responses.complete(this.street, resident, id, answers("bedwell", "2"), TENTH);

		Map<String, Object> row = this.jdbc.sql("SELECT * FROM survey_responses WHERE id = :id").param("id", id).query().singleRow();

		assertThat(UUID.fromString(id)).isNotNull();
		assertThat(row.get("resident_id")).isNull();
		assertThat(row.get("started_on")).isEqualTo("2026-11-10");
		assertThat(row.get("completed_on")).isEqualTo("2026-11-10");
		assertThat(this.responses.hasCompleted(this.street, resident)).isTrue();
		assertThat(this.responses.hasCompleted(this.street, resident())).isFalse();
	}

	@Test
	void aNamedSurveyKeepsOneResponsePerResidentAndReplacesItsAnswers() {
		SurveyDefinition youth = SurveyFlowDataTest.TestSurveys.CATALOGUE.find("youth-club").orElseThrow();
		ResidentId resident = resident();
		String first = this.responses.begin(youth, resident, FIRST);
		this.responses.complete(youth, resident, first, new Answers(Map.of("go", List.of("yes"))), FIRST);

		String again = this.responses.begin(youth, resident, TENTH);
		this.responses.complete(youth, resident, again, new Answers(Map.of("go", List.of("no"))), TENTH);

		assertThat(again).isEqualTo(first);
		assertThat(this.responses.answersOf(youth, resident)).map(Answers::asMap).contains(Map.of("go", List.of("no")));
		assertThat(this.jdbc.sql("SELECT resident_id FROM survey_responses WHERE id = :id").param("id", first)
			.query(String.class).single()).isEqualTo(resident.value());
	}

	private void finish(LocalDate day, String ward, String safe) {
		ResidentId resident = resident();
		String id = this.responses.begin(this.street, resident, day);
		this.responses.complete(this.street, resident, id, answers(ward, safe), day);
	}

	private static Answers answers(String ward, String safe) {
		return new Answers(Map.of("ward", List.of(ward), "safe", List.of(safe), "times", List.of("1")));
	}

	private ResidentId resident() {
		ResidentId resident = new ResidentId("r_" + UUID.randomUUID());
		this.jdbc.sql("""
				INSERT INTO residents (id, channel, address_hash, address_enc, created_at, last_seen_at)
				VALUES (:id, 'SMS', :id, :blob, 0, 0)""").param("blob", new byte[] { 1 }).param("id", resident.value()).update();
		return resident;
	}
}
