package uk.sosafe.assistant.conversation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CommandWordsTest {

	@ParameterizedTest
	@CsvSource({ "help, MENU", "/help, MENU", "Help!, MENU", "  MENU  , MENU", "/start survey-feeling-safe, GREETING",
			"/menu@SoSafeBot, MENU", "Forget me, FORGET", "delete my data, FORGET", "pause., PAUSE", "EXIT, EXIT" })
	void commandWordsAreFoundInAnyCaseOrForm(String text, CommandWords word) {
		assertThat(CommandWords.of(text)).contains(word);
	}

	@ParameterizedTest
	@ValueSource(strings = { "help me my partner hits me", "how do i stop scam calls", "can you help", "exit the bus" })
	void sentencesContainingCommandWordsAreNotCommands(String text) {
		assertThat(CommandWords.of(text)).isEmpty();
	}
}
