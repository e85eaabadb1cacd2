package uk.sosafe.assistant.conversation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import uk.sosafe.assistant.ApplicationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Every command a resident can use, in plain and slash forms, through the web chat. */
class CommandsJourneyTest extends ApplicationTest {

	@ParameterizedTest
	@CsvSource({ "hello, greeting", "Hi!, greeting", "/start, greeting", "good morning, greeting", "help, menu",
			"/help, menu", "MENU, menu", "/menu@SoSafeBot, menu", "about, command", "/privacy, command" })
	void commandWordsAreRecognisedInEveryForm(String text, String handledAs) {
		JsonNode response = say(openSession(), text).json();

		assertThat(response.get("handledAs").asString()).isEqualTo(handledAs);
	}

	@Test
	void theGreetingSaysWhatTheAssistantIsAndIsNotAndOffersTopics() {
		JsonNode reply = say(openSession(), "hello").json().get("replies").get(0);

		assertThat(reply.get("text").asString()).contains("not a person").contains("not police live chat").contains("999");
		assertThat(reply.get("options")).hasSize(8);
	}

	@Test
	void aboutExplainsPrivacyAndHowToForget() {
		String text = say(openSession(), "about").json().get("replies").get(0).get("text").asString();

		assertThat(text).contains("not for emergencies").contains("forget").contains("999").doesNotContain("''");
	}

	@Test
	void pauseOrSkipWithNoFlowSaysThereIsNothingToPause() {
		String session = openSession();

		assertThat(say(session, "pause").json().get("replies").get(0).get("text").asString()).contains("nothing to pause");
		assertThat(say(session, "skip").json().get("handledAs").asString()).isEqualTo("command");
	}

	@Test
	void forgetAsksFirstAndCancellingKeepsEverything() {
		String session = openSession();
		say(session, "what is cuckooing");
		JsonNode confirm = say(session, "forget").json();
		assertThat(confirm.get("replies").get(0).get("text").asString()).contains("cannot be undone");

		JsonNode cancelled = choose(session, "forget:cancel").json();

		assertThat(cancelled.get("replies").get(0).get("text").asString()).contains("nothing has been deleted");
		assertThat(say(session, "hello").status()).isEqualTo(200);
	}

	@Test
	void forgetErasesTheResidentEverywhereAndSaysWhatIsKept() {
		long residentsBefore = count("residents");
		String session = openSession();
		say(session, "what is cuckooing");
		say(session, "forget");
		assertThat(count("residents")).isEqualTo(residentsBefore + 1);
		long transcriptBefore = count("transcript_entries");

		JsonNode done = choose(session, "forget:confirm").json();

		assertThat(done.get("replies").get(0).get("text").asString()).contains("deleted").contains("What is kept");
		assertThat(count("residents")).isEqualTo(residentsBefore);
		assertThat(count("transcript_entries")).isEqualTo(transcriptBefore - 4);
		assertThat(say(session, "hello").status()).isEqualTo(404);
	}

	@Test
	void exitClosesTheChatAndErasesIt() {
		long residentsBefore = count("residents");
		String session = openSession();
		say(session, "my neighbour is dealing drugs");

		JsonNode exit = say(session, "exit").json();

		assertThat(exit.get("replies").get(0).get("text").asString()).contains("Chat closed").contains("999");
		assertThat(count("residents")).isEqualTo(residentsBefore);
		assertThat(say(session, "hello").status()).isEqualTo(404);
	}

	@Test
	void theTranscriptIsKeptEncryptedNotInClear() {
		String session = openSession();
		say(session, "secret phrase xylophone-marmalade about scams");

		long clear = this.jdbc.sql("SELECT COUNT(*) FROM transcript_entries WHERE CAST(body_enc AS TEXT) LIKE '%xylophone%'")
			.query(Long.class).single();
		assertThat(clear).isZero();
	}

	private long count(String table) {
		return this.jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}
}
