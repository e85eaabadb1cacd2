package uk.sosafe.assistant.channel.sms;

import java.util.ArrayList;
import java.util.List;

import uk.sosafe.assistant.conversation.spi.Link;
import uk.sosafe.assistant.conversation.spi.Reply;
import uk.sosafe.assistant.conversation.spi.ReplyOption;

/**
 * Renders replies as texts. Typographic characters that would force the whole text into UCS-2 (curly
 * quotes, dashes, ellipses) become their GSM-7 equivalents; options become a numbered list on the last
 * text; links become "label: address". Replies go as one text while it stays within the segment limit,
 * otherwise paragraph by paragraph in as few texts as fit. Nothing is ever cut off: keeping answers
 * short on SMS is the content's job (article summaries), checked by tests.
 */
final class SmsText {

	private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
			+ "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

	private static final String GSM_EXTENDED = "^{}\\[~]|€\f";

	private SmsText() {
	}

	/** The texts these replies go out as, each within {@code maxSegments}. */
	static List<String> parts(List<Reply> replies, int maxSegments) {
		List<String> blocks = new ArrayList<>();
		for (Reply reply : replies) {
			for (String paragraph : reply.text().split("\n\n")) {
				if (!paragraph.isBlank()) {
					blocks.add(plain(paragraph.strip()));
				}
			}
			for (Link link : reply.links()) {
				blocks.add(plain(link.label()) + ": " + link.url());
			}
		}
		List<ReplyOption> options = replies.isEmpty() ? List.of() : replies.get(replies.size() - 1).options();
		if (!options.isEmpty()) {
			blocks.add(numbered(options));
		}
		List<String> parts = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String block : blocks) {
			String joined = current.length() == 0 ? block : current + "\n\n" + block;
			if (current.length() > 0 && segments(joined) > maxSegments) {
				parts.add(current.toString());
				current.setLength(0);
				current.append(block);
			}
			else {
				current.setLength(0);
				current.append(joined);
			}
		}
		if (current.length() > 0 || parts.isEmpty()) {
			parts.add(current.toString());
		}
		return parts;
	}

	/** "Reply with a number:" and one line per option. */
	static String numbered(List<ReplyOption> options) {
		StringBuilder list = new StringBuilder("Reply with a number:");
		for (int i = 0; i < options.size(); i++) {
			list.append('\n').append(i + 1).append(' ').append(plain(options.get(i).label()));
		}
		return list.toString();
	}

	/** How many segments a text takes: GSM-7 160, or 153 each when split; UCS-2 70, or 67 each. */
	static int segments(String text) {
		if (isGsm(text)) {
			int septets = 0;
			for (int i = 0; i < text.length(); i++) {
				septets += GSM_EXTENDED.indexOf(text.charAt(i)) >= 0 ? 2 : 1;
			}
			return septets <= 160 ? 1 : (septets + 152) / 153;
		}
		int units = text.length();
		return units <= 70 ? 1 : (units + 66) / 67;
	}

	static boolean isGsm(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (GSM_BASIC.indexOf(c) < 0 && GSM_EXTENDED.indexOf(c) < 0) {
				return false;
			}
		}
		return true;
	}

	/** Replaces typographic characters with GSM-7 ones, so one curly quote doesn't halve the text's room. */
	static String plain(String text) {
		return text.replace('\u2018', '\'').replace('\u2019', '\'').replace('\u201C', '"').replace('\u201D', '"')
			.replace('\u2013', '-').replace('\u2014', '-').replace("\u2026", "...").replace('\u00A0', ' ')
			.replace("\u2022", "-");
	}
}
