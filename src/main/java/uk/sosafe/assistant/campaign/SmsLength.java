package uk.sosafe.assistant.campaign;

import java.util.ArrayList;
import java.util.List;

import uk.sosafe.assistant.conversation.spi.Channel;

/**
 * How long a campaign's text message is as it goes out: with the stop line and any numbered options,
 * typographic quotes and dashes made plain, counted in GSM-7 characters (the extension characters such as
 * {@code €} count twice) or, when anything else is in it, in UCS-2 units; and how many texts (segments)
 * that is: 160 or 70 for one, 153 or 67 each when it takes more. The SMS channel renders texts the same
 * way, but campaign may not use it, so this is its own count; the console's script counts the same way.
 *
 * @param characters GSM-7 characters, or UCS-2 units when {@code unicode}
 * @param segments the texts it takes
 * @param unicode whether a character outside GSM-7 makes it go as UCS-2
 */
public record SmsLength(int characters, int segments, boolean unicode) {

	private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
			+ "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

	private static final String GSM_EXTENSION = "^{}\\[~]|€\f";

	/** The length of a campaign's SMS text with its stop line and these options (labels, numbered). */
	public static SmsLength ofCampaign(String smsText, List<String> optionLabels) {
		return of(asSent(smsText, optionLabels));
	}

	/** The text as it is sent: paragraphs trimmed and made plain, the stop line, then the numbered options. */
	static String asSent(String smsText, List<String> optionLabels) {
		List<String> paragraphs = new ArrayList<>();
		for (String paragraph : CampaignMessages.withStopLine(smsText, Channel.SMS).split("\n\n")) {
			if (!paragraph.isBlank()) {
				paragraphs.add(plain(paragraph.strip()));
			}
		}
		if (!optionLabels.isEmpty()) {
			StringBuilder numbered = new StringBuilder("Reply with a number:");
			for (int i = 0; i < optionLabels.size(); i++) {
				numbered.append('\n').append(i + 1).append(' ').append(plain(optionLabels.get(i)));
			}
			paragraphs.add(numbered.toString());
		}
		return String.join("\n\n", paragraphs);
	}

	/** The length of a text exactly as given. */
	public static SmsLength of(String text) {
		int septets = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (GSM_EXTENSION.indexOf(c) >= 0) {
				septets += 2;
			}
			else if (GSM_BASIC.indexOf(c) >= 0) {
				septets++;
			}
			else {
				return new SmsLength(text.length(), segments(text.length(), 70, 67), true);
			}
		}
		return new SmsLength(septets, segments(septets, 160, 153), false);
	}

	/** "152 characters, 1 text (GSM-7)": what the console shows beside the text box. */
	public String describe() {
		return this.characters + " characters, " + this.segments + (this.segments == 1 ? " text" : " texts")
				+ (this.unicode ? " (Unicode: a character outside GSM-7 makes each text shorter)" : " (GSM-7)");
	}

	private static int segments(int length, int single, int part) {
		return length <= single ? 1 : (length + part - 1) / part;
	}

	private static String plain(String text) {
		return text.replace('\u2018', '\'').replace('\u2019', '\'').replace('\u201C', '"').replace('\u201D', '"')
			.replace('\u2013', '-').replace('\u2014', '-').replace("\u2026", "...").replace('\u00A0', ' ')
			.replace('\u2022', '-');
	}
}
