package uk.sosafe.assistant.channel.sms;

import java.util.List;

import org.junit.jupiter.api.Test;

import uk.sosafe.assistant.campaign.SmsLength;
import uk.sosafe.assistant.conversation.spi.Reply;
import uk.sosafe.assistant.conversation.spi.ReplyOption;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The campaign module counts its texts without the SMS channel (which it may not use): this keeps the two
 * counts in step, by rendering the same campaign texts the way the SMS gateway does.
 */
class SmsLengthAgreementTest {

	private static final List<String> TEXTS = List.of("SoSafe: fake police are phoning older residents.",
			"a".repeat(140), "a".repeat(141), "Price \u20AC5 [today] {only}", "\u201CHang up\u201D \u2013 call 101\u2026",
			"Emoji \uD83D\uDE42 in a text", "b".repeat(50) + "\n\n" + "c".repeat(120), "STOP means stop. " + "d".repeat(200));

	@Test
	void theCampaignCountAndTheGatewayAgreeOnEncodingAndTexts() {
		for (String text : TEXTS) {
			for (List<String> options : List.of(List.<String>of(), List.of("Yes", "No", "Not sure"))) {
				String withStop = text.contains("STOP") ? text : text.strip() + "\n\nText STOP to stop.";
				Reply reply = Reply.withOptions(withStop, options.stream().map(label -> new ReplyOption(label, label)).toList());
				String rendered = SmsText.parts(List.of(reply), 100).get(0);

				SmsLength counted = SmsLength.ofCampaign(text, options);

				assertThat(counted.segments()).as("texts for %s with %s", text, options).isEqualTo(SmsText.segments(rendered));
				assertThat(counted.unicode()).as("encoding for %s", text).isEqualTo(!SmsText.isGsm(rendered));
			}
		}
	}
}
