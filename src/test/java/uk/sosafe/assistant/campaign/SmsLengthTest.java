package uk.sosafe.assistant.campaign;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Counting a campaign's text message as it goes out: GSM-7 or UCS-2, and the texts it takes. */
class SmsLengthTest {

	@Test
	void plainTextFitsOneTextUpTo160AndThen153Each() {
		assertThat(SmsLength.of("a".repeat(160))).isEqualTo(new SmsLength(160, 1, false));
		assertThat(SmsLength.of("a".repeat(161))).isEqualTo(new SmsLength(161, 2, false));
		assertThat(SmsLength.of("a".repeat(306))).isEqualTo(new SmsLength(306, 2, false));
		assertThat(SmsLength.of("a".repeat(307)).segments()).isEqualTo(3);
	}

	@Test
	void extensionCharactersCountTwiceAndAnythingElseMakesItUnicode() {
		assertThat(SmsLength.of("€5 [off]")).isEqualTo(new SmsLength(11, 1, false));
		assertThat(SmsLength.of("a".repeat(68) + "🙂")).isEqualTo(new SmsLength(70, 1, true));
		assertThat(SmsLength.of("a".repeat(69) + "🙂")).isEqualTo(new SmsLength(71, 2, true));
		assertThat(SmsLength.of("a".repeat(132) + "🙂").segments()).as("134 units: 2 of 67").isEqualTo(2);
	}

	@Test
	void aCampaignTextIsCountedWithItsStopLineAndNumberedOptionsAndTypographyMadePlain() {
		String sent = SmsLength.asSent("  \u201CCourier fraud\u201D \u2013 hang up.\n\n\n\nCall 101.  ", List.of("Yes", "No"));

		assertThat(sent).isEqualTo("\"Courier fraud\" - hang up.\n\nCall 101.\n\nText STOP to stop.\n\n"
				+ "Reply with a number:\n1 Yes\n2 No");
		assertThat(SmsLength.ofCampaign("\u201CCourier fraud\u201D", List.of()).unicode()).isFalse();
		assertThat(SmsLength.ofCampaign("Text STOP to end these.", List.of()).characters()).isEqualTo(23);
		assertThat(SmsLength.ofCampaign("a".repeat(140), List.of()).describe())
			.isEqualTo("160 characters, 1 text (GSM-7)");
		assertThat(SmsLength.ofCampaign("a".repeat(141), List.of()).describe())
			.isEqualTo("161 characters, 2 texts (GSM-7)");
	}
}
