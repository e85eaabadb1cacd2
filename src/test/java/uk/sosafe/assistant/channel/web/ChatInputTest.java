package uk.sosafe.assistant.channel.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChatInputTest {

	@Test
	void controlCharactersBecomeSpacesButLineBreaksStay() {
		assertThat(ChatInput.clean("a\u0000b\u0007c\nd\te")).isEqualTo("a b c\nd\te");
	}

	@Test
	void emojiSurvivesAndLoneSurrogatesGo() {
		assertThat(ChatInput.clean("hi 🙂")).isEqualTo("hi 🙂");
		assertThat(ChatInput.clean("x\uD800y")).isEqualTo("x y");
	}

	@Test
	void exactlyOneOfTextAndOptionIsRequired() {
		assertThatThrownBy(() -> ChatInput.check(new ChatRequest(null, null))).isInstanceOf(ChatProblem.class);
		assertThatThrownBy(() -> ChatInput.check(new ChatRequest("hi", "menu"))).isInstanceOf(ChatProblem.class);
		assertThatThrownBy(() -> ChatInput.check(null)).isInstanceOf(ChatProblem.class);
	}

	@Test
	void textIsLimitedToFourThousandCharactersAfterCleaning() {
		assertThat(ChatInput.check(new ChatRequest(" " + "a".repeat(4000) + " ", null)).text()).hasSize(4000);
		assertThatThrownBy(() -> ChatInput.check(new ChatRequest("a".repeat(4001), null))).isInstanceOf(ChatProblem.class);
	}

	@Test
	void overlongOptionsAreRefused() {
		assertThatThrownBy(() -> ChatInput.check(new ChatRequest(null, "x".repeat(65)))).isInstanceOf(ChatProblem.class);
		assertThat(ChatInput.check(new ChatRequest(null, "topic:fraud")).option()).isEqualTo("topic:fraud");
	}
}
