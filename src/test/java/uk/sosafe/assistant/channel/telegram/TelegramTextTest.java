package uk.sosafe.assistant.channel.telegram;

import java.util.List;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.ApiResponse;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

import uk.sosafe.assistant.channel.fakes.Fixtures;
import uk.sosafe.assistant.conversation.spi.ChannelGateway.SendResult;
import uk.sosafe.assistant.conversation.spi.Link;
import uk.sosafe.assistant.conversation.spi.Reply;
import uk.sosafe.assistant.conversation.spi.ReplyOption;

import static org.assertj.core.api.Assertions.assertThat;

class TelegramTextTest {

	@Test
	void textIsEscapedForHtmlAndLinksBecomeAnchors() {
		Reply reply = new Reply("Fish & chips <b>not bold</b>", List.of(),
				List.of(new Link("Report \"now\"", "https://example.org/?a=1&b=2")));

		assertThat(TelegramText.parts(List.of(reply))).containsExactly(
				"Fish &amp; chips &lt;b&gt;not bold&lt;/b&gt;\n\n<a href=\"https://example.org/?a=1&amp;b=2\">Report &quot;now&quot;</a>");
	}

	@Test
	void repliesToOneMessageGoAsOneWhileTheyFit() {
		assertThat(TelegramText.parts(List.of(Reply.text("One."), Reply.text("Two.")))).containsExactly("One.\n\nTwo.");
	}

	@Test
	void longTextIsSplitUnder4096BetweenParagraphsAndWordsWithNothingLost() {
		String paragraph = "safe ".repeat(700).strip();
		String text = paragraph + "\n\n" + paragraph + "\n\n" + "x&y ".repeat(1500).strip();

		List<String> parts = TelegramText.parts(List.of(Reply.text(text)));

		assertThat(parts).hasSizeGreaterThan(2);
		parts.forEach(part -> assertThat(part.length()).isLessThanOrEqualTo(TelegramText.LIMIT));
		parts.forEach(part -> assertThat(part).doesNotEndWith("&amp").doesNotContain("&am ").doesNotStartWith("p;"));
		String joined = String.join(" ", parts);
		assertThat(joined.split("safe", -1)).hasSize(1401);
		assertThat(joined.split("x&amp;y", -1)).hasSize(1501);
	}

	@Test
	void optionsBecomeOneButtonARowWithTheValueAsCallbackData() {
		var keyboard = TelegramGateway.keyboard(List.of(new ReplyOption("Scams", "topic:fraud"),
				new ReplyOption("Too long", "x".repeat(65))));

		assertThat(keyboard.getKeyboard()).hasSize(1);
		assertThat(keyboard.getKeyboard().get(0).get(0).getCallbackData()).isEqualTo("topic:fraud");
	}

	@Test
	void telegramErrorsAreMappedForTheOutbox() throws Exception {
		assertThat(TelegramGateway.outcome(fixture("error-429.json")).status()).isEqualTo(SendResult.Status.THROTTLED);
		assertThat(TelegramGateway.outcome(fixture("error-429.json")).retryAfter()).hasSeconds(7);
		assertThat(TelegramGateway.outcome(fixture("error-403-blocked.json")).status()).isEqualTo(SendResult.Status.UNREACHABLE);
		assertThat(TelegramGateway.outcome(error("{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request\"}")).status())
			.isEqualTo(SendResult.Status.FAILED);
		assertThat(TelegramGateway.outcome(error("{\"ok\":false,\"error_code\":502,\"description\":\"Bad Gateway\"}")).status())
			.isEqualTo(SendResult.Status.RETRY);
	}

	private static TelegramApiRequestException fixture(String name) throws Exception {
		return error(Fixtures.text("telegram/" + name));
	}

	/** The exception the client throws for an error answer, built from the answer as Telegram sends it. */
	private static TelegramApiRequestException error(String json) throws Exception {
		ApiResponse<Object> response = new ObjectMapper().readValue(json, new TypeReference<ApiResponse<Object>>() {
		});
		return new TelegramApiRequestException("error", response);
	}
}
