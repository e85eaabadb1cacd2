package uk.sosafe.assistant.conversation.spi;

import java.util.List;

/** One channel-neutral reply: text, with options and links that channels render their own way. */
public record Reply(String text, List<ReplyOption> options, List<Link> links) {

	public Reply {
		options = List.copyOf(options);
		links = List.copyOf(links);
	}

	public static Reply text(String text) {
		return new Reply(text, List.of(), List.of());
	}

	public static Reply withOptions(String text, List<ReplyOption> options) {
		return new Reply(text, options, List.of());
	}
}
