package uk.sosafe.assistant.channel.telegram;

import java.util.ArrayList;
import java.util.List;

import uk.sosafe.assistant.conversation.spi.Link;
import uk.sosafe.assistant.conversation.spi.Reply;

/**
 * Renders replies as Telegram HTML: text escaped, links as anchors, the replies to one message joined
 * into one message while they fit in 4,096 characters and split between paragraphs (or, for one very
 * long paragraph, between words) when they don't.
 */
final class TelegramText {

	static final int LIMIT = 4096;

	private TelegramText() {
	}

	static List<String> parts(List<Reply> replies) {
		List<String> blocks = new ArrayList<>();
		for (Reply reply : replies) {
			for (String paragraph : reply.text().split("\n\n")) {
				if (!paragraph.isBlank()) {
					blocks.addAll(fit(escape(paragraph.strip())));
				}
			}
			for (Link link : reply.links()) {
				blocks.add("<a href=\"" + escape(link.url()) + "\">" + escape(link.label()) + "</a>");
			}
		}
		List<String> parts = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String block : blocks) {
			if (current.length() > 0 && current.length() + 2 + block.length() > LIMIT) {
				parts.add(current.toString());
				current.setLength(0);
			}
			current.append(current.length() > 0 ? "\n\n" : "").append(block);
		}
		if (current.length() > 0 || parts.isEmpty()) {
			parts.add(current.length() > 0 ? current.toString() : "…");
		}
		return parts;
	}

	/** Splits one escaped paragraph longer than the limit at spaces, never inside an entity or a surrogate pair. */
	private static List<String> fit(String paragraph) {
		List<String> pieces = new ArrayList<>();
		String rest = paragraph;
		while (rest.length() > LIMIT) {
			int cut = rest.lastIndexOf(' ', LIMIT);
			if (cut <= 0) {
				cut = LIMIT;
				int amp = rest.lastIndexOf('&', LIMIT - 1);
				if (amp > LIMIT - 7 && rest.indexOf(';', amp) >= LIMIT) {
					cut = amp;
				}
				if (Character.isLowSurrogate(rest.charAt(cut))) {
					cut--;
				}
			}
			pieces.add(rest.substring(0, cut).strip());
			rest = rest.substring(cut).strip();
		}
		pieces.add(rest);
		return pieces;
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
