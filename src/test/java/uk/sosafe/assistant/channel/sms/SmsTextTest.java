package uk.sosafe.assistant.channel.sms;

import java.util.List;

import org.junit.jupiter.api.Test;

import uk.sosafe.assistant.conversation.spi.Link;
import uk.sosafe.assistant.conversation.spi.Reply;
import uk.sosafe.assistant.conversation.spi.ReplyOption;

import static org.assertj.core.api.Assertions.assertThat;

class SmsTextTest {

	@Test
	void gsmTextsTake160CharactersThen153ASegment() {
		assertThat(SmsText.segments("a".repeat(160))).isEqualTo(1);
		assertThat(SmsText.segments("a".repeat(161))).isEqualTo(2);
		assertThat(SmsText.segments("a".repeat(306))).isEqualTo(2);
		assertThat(SmsText.segments("a".repeat(307))).isEqualTo(3);
	}

	@Test
	void extendedGsmCharactersCountTwice() {
		assertThat(SmsText.segments("€".repeat(80))).isEqualTo(1);
		assertThat(SmsText.segments("€".repeat(81))).isEqualTo(2);
	}

	@Test
	void oneCharacterOutsideGsmMakesTheWholeTextUcs2() {
		assertThat(SmsText.isGsm("Call 999 £5 é")).isTrue();
		assertThat(SmsText.isGsm("Ktoś")).isFalse();
		assertThat(SmsText.segments("ś" + "a".repeat(69))).isEqualTo(1);
		assertThat(SmsText.segments("ś" + "a".repeat(70))).isEqualTo(2);
		assertThat(SmsText.segments("😢" + "a".repeat(132))).as("an emoji is two UTF-16 units").isEqualTo(2);
		assertThat(SmsText.segments("😢" + "a".repeat(133))).isEqualTo(3);
	}

	@Test
	void typographicQuotesAndDashesAreMadePlainSoTheTextStaysGsm() {
		String rendered = SmsText.parts(List.of(Reply.text("Don\u2019t \u2014 \u201Cnever\u201D\u2026")), 3).get(0);

		assertThat(rendered).isEqualTo("Don't - \"never\"...");
		assertThat(SmsText.isGsm(rendered)).isTrue();
	}

	@Test
	void optionsBecomeANumberedListOnTheLastTextAndLinksPlainAddresses() {
		Reply reply = new Reply("Here is what to do.", List.of(new ReplyOption("Romance scams", "article:fraud-romance"),
				new ReplyOption("Menu", "menu")), List.of(new Link("Report Fraud", "https://www.reportfraud.police.uk")));

		assertThat(SmsText.parts(List.of(reply), 3)).containsExactly("""
				Here is what to do.

				Report Fraud: https://www.reportfraud.police.uk

				Reply with a number:
				1 Romance scams
				2 Menu""");
	}

	@Test
	void longRepliesGoAsSeveralTextsEachWithinTheLimitAndNothingIsCutOff() {
		String paragraph = "word ".repeat(60).strip();
		Reply reply = Reply.withOptions(String.join("\n\n", paragraph, paragraph, paragraph, paragraph),
				List.of(new ReplyOption("Menu", "menu")));

		List<String> parts = SmsText.parts(List.of(reply), 3);

		assertThat(parts).hasSizeGreaterThan(1);
		parts.forEach(part -> assertThat(SmsText.segments(part)).isLessThanOrEqualTo(3));
		assertThat(String.join(" ", parts).split("word", -1)).hasSize(4 * 60 + 1);
		assertThat(parts.get(parts.size() - 1)).endsWith("1 Menu");
	}

	@Test
	void repliesThatFitGoAsOneText() {
		assertThat(SmsText.parts(List.of(Reply.text("One."), Reply.text("Two.")), 3)).containsExactly("One.\n\nTwo.");
	}
}
