package uk.sosafe.assistant.console;

import java.net.http.HttpRequest;

import org.junit.jupiter.api.Test;

import uk.sosafe.assistant.ApplicationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** A question no article answers reaches comms as a scrubbed, counted gap; a safety message never does. */
class ContentGapsJourneyTest extends ApplicationTest {

	@Test
	void unansweredQuestionsAreScrubbedCountedAndShownToStaff() {
		String question = "zorbling quibbits flanderwick? jo@example.org 07700 900123";
		assertThat(say(openSession(), question).json().get("handledAs").asString()).isEqualTo("fallback");
		say(openSession(), question);

		Response gaps = asStaff("admin", ADMIN_PASSWORD, HttpRequest.newBuilder(uri("/api/v1/staff/unanswered")).GET());

		assertThat(gaps.status()).isEqualTo(200);
		assertThat(gaps.body()).contains("zorbling quibbits").contains("[email]").contains("[number]")
			.doesNotContain("jo@example.org").doesNotContain("900123");
		gaps.json().forEach(gap -> {
			if (gap.get("question").asString().contains("zorbling quibbits")) {
				assertThat(gap.get("count").asInt()).isEqualTo(2);
			}
		});
	}

	@Test
	void aDisclosureIsNeverRecordedAsAGap() {
		say(openSession(), "my boyfriend hits me and takes all my money, the zebra-marker-word is here");

		Response gaps = asStaff("admin", ADMIN_PASSWORD, HttpRequest.newBuilder(uri("/api/v1/staff/unanswered")).GET());

		assertThat(gaps.body()).doesNotContain("zebra-marker-word");
	}
}
