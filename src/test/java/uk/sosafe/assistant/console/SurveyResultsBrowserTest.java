package uk.sosafe.assistant.console;

import java.util.Set;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import uk.sosafe.assistant.staff.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Comms staff read a survey's results in real Chromium: the list of surveys, one survey's counts by
 * question with a chart each, a filter that says what is wrong with a bad date, and small counts
 * suppressed. Every page passes axe-core.
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SurveyResultsBrowserTest extends ConsoleTest {

	private Browser browser;

	@BeforeAll
	void browser() {
		this.browser = Browser.start(this.port);
	}

	@AfterAll
	void close() {
		this.browser.close();
	}

	@Test
	void commsReadTheResultsByQuestionWithChartsAndSmallCountsHidden() {
		int before = completed();
		for (int i = 0; i < 5; i++) {
			answerSafeByDay();
		}
		String comms = account("comms", Set.of(Role.COMMS), Set.of());

		this.browser.signIn(comms, PASSWORD).visit("/console/surveys").accessible().screenshot("surveys");
		assertThat(this.browser.text("#surveys")).contains("Feeling safe in Stevenage");
		this.browser.visit("/console/surveys/feeling-safe").accessible().screenshot("survey");

		assertThat(this.browser.text("#completed")).isEqualTo(String.valueOf(before + 5));
		assertThat(this.browser.text("#table-safe-day")).contains("Very safe");
		assertThat(this.browser.has("img.sosafe-chart")).isTrue();
		assertThat(this.browser.attribute("img.sosafe-chart", "alt")).startsWith("Bar chart of the answers to:");
		assertThat(this.browser.has("#download")).isTrue();

		this.browser.visit("/console/surveys/feeling-safe?ward=longmeadow").accessible();
		assertThat(this.browser.text("#completed")).isEqualTo("fewer than 5");
		assertThat(this.browser.has("#download")).as("no download for a slice under 5").isFalse();

		this.browser.visit("/console/surveys/feeling-safe?from=last+tuesday").accessible();
		assertThat(this.browser.text(".govuk-error-summary")).contains("Enter the first day as a date");

		this.browser.visit("/console/surveys/no-such-survey").accessible();
		assertThat(this.browser.heading()).isEqualTo("Page not found");
	}

	private int completed() {
		return this.jdbc.sql("""
				SELECT COUNT(*) FROM survey_responses WHERE survey_id = 'feeling-safe' AND completed_on IS NOT NULL""")
			.query(Integer.class).single();
	}

	/** One resident answers "Very safe" by day and skips the rest. */
	private void answerSafeByDay() {
		String session = openSession();
		JsonNode reply = say(session, "survey").json();
		reply = choose(session, option(reply, "Start the survey")).json();
		reply = choose(session, option(reply, "Very safe")).json();
		for (int step = 0; step < 15 && !lastText(reply).startsWith("Thank you."); step++) {
			reply = say(session, "skip").json();
		}
		assertThat(lastText(reply)).startsWith("Thank you.");
	}

	private static String option(JsonNode reply, String label) {
		JsonNode replies = reply.path("replies");
		return StreamSupport.stream(replies.get(replies.size() - 1).path("options").spliterator(), false)
			.filter(option -> option.path("label").asString().equals(label)).findFirst()
			.orElseThrow(() -> new AssertionError("No option " + label + " in " + reply)).path("value").asString();
	}

	private static String lastText(JsonNode reply) {
		JsonNode replies = reply.path("replies");
		return replies.get(replies.size() - 1).path("text").asString();
	}
}
