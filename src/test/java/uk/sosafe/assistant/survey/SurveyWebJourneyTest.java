package uk.sosafe.assistant.survey;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import uk.sosafe.assistant.ApplicationTest;
import uk.sosafe.assistant.conversation.Transcript;
import uk.sosafe.assistant.conversation.spi.Channel;
import uk.sosafe.assistant.conversation.spi.ResidentId;
import uk.sosafe.assistant.conversation.spi.Residents;
import uk.sosafe.assistant.staff.Role;
import uk.sosafe.assistant.staff.StaffDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped survey, "Feeling safe in Stevenage", answered in the web chat over real HTTP: branching,
 * a re-asked answer, skip, pause and resume, one response each, a disclosure in the middle, and the
 * results, CSV and JSON comms staff get from it, with nothing in them that leads back to a resident.
 */
class SurveyWebJourneyTest extends ApplicationTest {

	private static final String PASSWORD = "a long enough password for tests";

	@Autowired
	StaffDirectory staff;

	@Autowired
	Residents residents;

	@Autowired
	Transcript transcript;

	private String comms;

	@BeforeEach
	void commsStaff() {
		this.comms = "comms." + UUID.randomUUID().toString().substring(0, 8);
		this.staff.create(this.comms, "Comms", PASSWORD, Set.of(Role.COMMS), Set.of(), false);
	}

	@Test
	void theSurveyFollowsTheAnswersGiven() {
		Chat chat = new Chat();
		JsonNode intro = chat.say("survey");
		assertThat(intro.path("handledAs").asString()).isEqualTo("survey");
		assertThat(chat.text()).startsWith("Feeling safe in Stevenage").contains("anonymous").contains("999");

		chat.press("Start the survey");
		chat.press("Quite safe");
		assertThat(chat.press("Quite unsafe").path("handledAs").asString()).isEqualTo("survey");
		assertThat(chat.text()).as("feeling unsafe after dark asks why").startsWith("What makes you feel unsafe after dark?");
		chat.say("The paths by the underpass are dark");
		chat.press("Drug dealing or drug use");
		chat.press("Done");
		chat.press("No");
		assertThat(chat.text()).as("would not report: asks what stops them").isEqualTo("What would stop you reporting it?");
		chat.press("I don't know how to report");
		chat.press("Bedwell");
		JsonNode end = chat.say("skip");
		assertThat(end.path("handledAs").asString()).isEqualTo("survey");
		assertThat(chat.text()).startsWith("Thank you.").contains("999");

		Chat other = new Chat();
		other.say("survey");
		other.press("Start the survey");
		other.press("Very safe");
		assertThat(other.press("Very safe").path("replies").get(0).path("text").asString())
			.as("feeling safe after dark skips the why").startsWith("Which of these worry you");
		other.press("Done");
		assertThat(other.press("Yes").path("replies").get(0).path("text").asString()).isEqualTo("How would you most likely report it?");
	}

	@Test
	void anAnswerThatCannotBeReadIsAskedAgainWithAHint() {
		Chat chat = started();

		chat.say("purple");

		assertThat(chat.text()).startsWith("Sorry, I didn't get that. Please choose a number from 1 to 5.")
			.contains("During the day, how safe do you feel");
		chat.say("4");
		assertThat(chat.text()).startsWith("After dark, how safe do you feel");
	}

	@Test
	void aSkippedQuestionMovesOnAndAPausedSurveyResumesWhereItWas() {
		Chat chat = started();
		chat.press("Skip this question");
		assertThat(chat.text()).startsWith("After dark");

		assertThat(chat.say("pause").path("handledAs").asString()).isEqualTo("command");
		assertThat(chat.say("what is cuckooing").path("handledAs").asString()).isEqualTo("answer");
		JsonNode resumed = chat.say("survey");

		assertThat(resumed.path("handledAs").asString()).isEqualTo("survey");
		assertThat(chat.text()).startsWith("Welcome back.").contains("After dark, how safe do you feel");
	}

	@Test
	void aResidentAnswersOnceAndIsToldSoWhenTheyAskAgain() {
		Chat chat = started();
		skipToTheEnd(chat);
		long participants = count("SELECT COUNT(*) FROM survey_participants WHERE survey_id = 'feeling-safe'");

		chat.say("survey");

		assertThat(chat.text()).contains("already answered").contains("anonymous");
		assertThat(chat.options()).isEmpty();
		assertThat(chat.say("Survey feeling-safe").path("handledAs").asString()).isEqualTo("survey");
		assertThat(count("SELECT COUNT(*) FROM survey_participants WHERE survey_id = 'feeling-safe'")).isEqualTo(participants);
	}

	@Test
	void aDisclosureTypedIntoAnAnswerIsHandledAsOneAndTheSurveyCarriesOnAfterwards() {
		Chat chat = atTheFreeTextQuestion();

		JsonNode disclosed = chat.say("my partner hits me when he drinks and i'm scared to go home, kestrel");

		assertThat(disclosed.path("handledAs").asString()).isEqualTo("disclosure");
		assertThat(disclosed.path("disclosure").path("category").asString()).isEqualTo("domestic-abuse");
		assertThat(chat.say("ok").path("handledAs").asString()).isEqualTo("survey");
		assertThat(chat.text()).startsWith("When you are ready, here is the survey again.")
			.contains("What makes you feel unsafe after dark?");
		chat.say("The paths are dark");
		assertThat(chat.text()).startsWith("Which of these worry you");
		assertThat(count("SELECT COUNT(*) FROM survey_answers WHERE value LIKE '%kestrel%'")).isZero();
	}

	@Test
	void aDisclosureInTheMiddleOfTheSurveyCanBePassedOnAndTheSurveyResumedAfter() {
		Chat chat = atTheFreeTextQuestion();
		chat.say("my partner hits me when he drinks and i'm scared to go home, kestrel");

		chat.press("Pass this to the SoSafe team");
		assertThat(chat.text()).as("the intake starts in the middle of the survey").contains("May they contact you");
		chat.press("No, just pass it on");
		JsonNode passed = chat.say("skip");
		assertThat(passed.path("caseRef").asString()).startsWith("SS-");

		chat.say("survey");
		assertThat(chat.text()).startsWith("Welcome back.").contains("What makes you feel unsafe after dark?");
	}

	@Test
	void resultsAndExportsMatchTheAnswersAndLeadBackToNobody() {
		String marker = "lamppost" + UUID.randomUUID().toString().substring(0, 6);
		List<Chat> chats = List.of(new Chat(), new Chat(), new Chat(), new Chat(), new Chat(), new Chat());
		for (int i = 0; i < chats.size(); i++) {
			answerInRoebuck(chats.get(i), i == 0 ? "Quite safe" : "Very safe",
					"More " + marker + " lights, ring Dave Jones on 07700 900456");
		}

		JsonNode results = staffGet("/api/v1/staff/surveys/feeling-safe/results?ward=roebuck").json();
		assertThat(results.path("completed").path("count").asInt()).isEqualTo(6);
		assertThat(results.path("started").path("count").isNull()).as("not known by ward").isTrue();
		JsonNode day = question(results, "safe-day");
		assertThat(option(day, "Very safe").path("count").asInt()).isEqualTo(5);
		assertThat(option(day, "Very safe").path("percent").asDouble()).isEqualTo(83.3);
		assertThat(option(day, "Quite safe").path("suppressed").asBoolean()).as("one person is not shown").isTrue();
		assertThat(option(day, "Quite safe").path("count").isNull()).isTrue();
		assertThat(option(question(results, "worries"), "Scams and fraud").path("count").asInt()).isEqualTo(6);
		assertThat(option(question(results, "report-how"), "Call 101").path("count").asInt()).isEqualTo(6);
		assertThat(question(results, "suggestion").path("freeText").toString()).contains(marker).contains("[number]")
			.doesNotContain("900456").doesNotContain("Dave");

		Response csv = staffGet("/api/v1/staff/surveys/feeling-safe/results.csv?ward=roebuck");
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.header("Content-Type")).startsWith("text/csv");
		assertThat(csv.body()).startsWith("\uFEFFsafe-day,safe-dark,unsafe-why,worries,would-report,report-how,report-barrier,ward,suggestion\r\n");
		List<String> rows = csv.body().lines().skip(1).toList();
		assertThat(rows).hasSize(6).allSatisfy(row -> assertThat(row).contains("Scams and fraud,Yes,Call 101,,Roebuck,")
			.contains(marker));
		assertThat(rows).filteredOn(row -> row.startsWith("Very safe,")).hasSize(5);
		JsonNode json = staffGet("/api/v1/staff/surveys/feeling-safe/results.json?ward=roebuck").json();
		assertThat(json.path("responses")).hasSize(6)
			.allSatisfy(response -> assertThat(response.path("ward").asString()).isEqualTo("Roebuck"));
		assertThat(this.jdbc.sql("SELECT detail FROM audit_entries WHERE action = 'EXPORT' AND subject = 'survey:feeling-safe'")
			.query(String.class).list()).as("both exports are in the audit trail").contains("csv", "json");

		List<String> traces = chats.stream().flatMap(chat -> List.of(chat.session, chat.resident().value()).stream()).toList();
		String stored = String.join("\n", this.jdbc.sql("""
				SELECT r.id || '|' || COALESCE(r.resident_id, '') || '|' || r.started_on || '|'
				|| COALESCE(r.completed_on, '') || '|' || a.question_id || '|' || a.value
				FROM survey_responses r JOIN survey_answers a ON a.response_id = r.id""").query(String.class).list())
				+ "\n" + String.join("\n", this.jdbc.sql("SELECT participant_hash FROM survey_participants").query(String.class).list());
		assertThat(stored).contains(marker);
		for (String trace : traces) {
			assertThat(stored).doesNotContain(trace);
			assertThat(csv.body()).doesNotContain(trace);
			assertThat(json.toString()).doesNotContain(trace);
		}
		assertThat(stored + csv.body() + json).doesNotContain("900456").doesNotContain("07700");
		assertThat(count("SELECT COUNT(*) FROM survey_responses WHERE survey_id = 'feeling-safe' AND resident_id IS NOT NULL")).isZero();
		assertThat(this.transcript.of(chats.get(0).resident())).filteredOn(entry -> entry.direction().equals("IN"))
			.extracting(Transcript.Entry::text).doesNotContain("More " + marker + " lights, ring Dave Jones on 07700 900456");
	}

	@Test
	void smallSlicesShowNoCountsNoTextAndNoExport() {
		answerInWard(new Chat(), "Longmeadow");

		JsonNode results = staffGet("/api/v1/staff/surveys/feeling-safe/results?ward=longmeadow").json();

		assertThat(results.path("completed").path("suppressed").asBoolean()).isTrue();
		assertThat(results.toString()).doesNotContain("\"count\":1");
		assertThat(question(results, "suggestion").path("freeTextWithheld").asBoolean()).isTrue();
		assertThat(question(results, "suggestion").path("freeText")).isEmpty();
		Response csv = staffGet("/api/v1/staff/surveys/feeling-safe/results.csv?ward=longmeadow");
		assertThat(csv.status()).isEqualTo(409);
		assertThat(csv.json().path("error").asString()).isEqualTo("too-few-responses");
	}

	@Test
	void theListAndAChartAreForCommsAndAdminsOnly() {
		Response list = staffGet("/api/v1/staff/surveys");
		assertThat(list.status()).isEqualTo(200);
		JsonNode feelingSafe = StreamSupport.stream(list.json().spliterator(), false)
			.filter(survey -> survey.path("id").asString().equals("feeling-safe")).findFirst().orElseThrow();
		assertThat(feelingSafe.path("status").asString()).isEqualTo("open");
		assertThat(feelingSafe.path("anonymous").asBoolean()).isTrue();

		Response chart = staffGet("/api/v1/staff/surveys/feeling-safe/questions/safe-day/chart.svg");
		assertThat(chart.status()).isEqualTo(200);
		assertThat(chart.header("Content-Type")).startsWith("image/svg+xml");
		assertThat(chart.body()).startsWith("<svg").contains("role=\"img\"").contains("<title id=").contains("<desc id=")
			.contains("During the day, how safe do you feel").contains("Very safe");

		String officer = "officer." + UUID.randomUUID().toString().substring(0, 8);
		this.staff.create(officer, "Officer", PASSWORD, Set.of(Role.OFFICER), Set.of("community-safety"), false);
		assertThat(asStaff(officer, PASSWORD, HttpRequest.newBuilder(uri("/api/v1/staff/surveys")).GET()).status()).isEqualTo(403);
		assertThat(get("/api/v1/staff/surveys").status()).isEqualTo(401);
		assertThat(asStaff("admin", ADMIN_PASSWORD, HttpRequest.newBuilder(uri("/api/v1/staff/surveys/feeling-safe/results")).GET())
			.status()).isEqualTo(200);
	}

	@Test
	void badFiltersGetAClearRefusal() {
		Response ward = staffGet("/api/v1/staff/surveys/feeling-safe/results?ward=atlantis");
		assertThat(ward.status()).isEqualTo(400);
		assertThat(ward.json().path("message").asString()).contains("Unknown ward atlantis").contains("roebuck");
		assertThat(staffGet("/api/v1/staff/surveys/feeling-safe/results?from=2026-13-01").json().path("message").asString())
			.contains("from should be a date like");
		assertThat(staffGet("/api/v1/staff/surveys/feeling-safe/results?from=2026-12-01&to=2026-11-01").status()).isEqualTo(400);
		assertThat(staffGet("/api/v1/staff/surveys/no-such-survey/results").status()).isEqualTo(404);
		assertThat(staffGet("/api/v1/staff/surveys/feeling-safe/questions/suggestion/chart.svg").status()).isEqualTo(400);
	}

	private void answerInRoebuck(Chat chat, String day, String suggestion) {
		chat.say("survey");
		chat.press("Start the survey");
		chat.press(day);
		chat.press("In between");
		chat.press("Scams and fraud");
		chat.press("Done");
		chat.press("Yes");
		chat.press("Call 101");
		chat.press("Roebuck");
		chat.say(suggestion);
		assertThat(chat.text()).startsWith("Thank you.");
	}

	private void answerInWard(Chat chat, String ward) {
		chat.say("survey");
		chat.press("Start the survey");
		for (int i = 0; i < 2; i++) {
			chat.press("Skip this question");
		}
		chat.press("Done");
		chat.press("Skip this question");
		chat.press(ward);
		chat.say("Fewer people hanging about");
		assertThat(chat.text()).startsWith("Thank you.");
	}

	private static void skipToTheEnd(Chat chat) {
		while (!chat.text().startsWith("Thank you.")) {
			chat.say("skip");
		}
	}

	private Chat atTheFreeTextQuestion() {
		Chat chat = started();
		chat.press("Very unsafe");
		chat.press("Very unsafe");
		assertThat(chat.text()).startsWith("What makes you feel unsafe after dark?");
		return chat;
	}

	private Chat started() {
		Chat chat = new Chat();
		chat.say("survey");
		chat.press("Start the survey");
		return chat;
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	private Response staffGet(String path) {
		return asStaff(this.comms, PASSWORD, HttpRequest.newBuilder(uri(path)).GET());
	}

	private static JsonNode question(JsonNode results, String id) {
		return StreamSupport.stream(results.path("questions").spliterator(), false)
			.filter(question -> question.path("id").asString().equals(id)).findFirst().orElseThrow();
	}

	private static JsonNode option(JsonNode question, String label) {
		return StreamSupport.stream(question.path("options").spliterator(), false)
			.filter(option -> option.path("label").asString().equals(label)).findFirst().orElseThrow()
			.path("figure");
	}

	/** One web chat session, remembering the last reply so options can be pressed by their labels. */
	private final class Chat {

		final String session = openSession();

		private JsonNode last;

		JsonNode say(String text) {
			return take(SurveyWebJourneyTest.this.say(this.session, text));
		}

		JsonNode press(String label) {
			String value = StreamSupport.stream(options().spliterator(), false)
				.filter(option -> option.path("label").asString().equals(label)).findFirst()
				.orElseThrow(() -> new AssertionError("No option " + label + " after: " + text()))
				.path("value").asString();
			return take(choose(this.session, value));
		}

		String text() {
			return lastReply().path("text").asString();
		}

		JsonNode options() {
			return lastReply().path("options");
		}

		ResidentId resident() {
			return SurveyWebJourneyTest.this.residents.find(Channel.WEB, this.session).orElseThrow();
		}

		private JsonNode lastReply() {
			JsonNode replies = this.last.path("replies");
			return replies.get(replies.size() - 1);
		}

		private JsonNode take(Response response) {
			assertThat(response.status()).as(response.body()).isEqualTo(200);
			this.last = response.json();
			return this.last;
		}
	}
}
