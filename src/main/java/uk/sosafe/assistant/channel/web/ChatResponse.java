package uk.sosafe.assistant.channel.web;

import java.util.List;

import uk.sosafe.assistant.conversation.spi.Disclosure;
import uk.sosafe.assistant.conversation.spi.Reply;
import uk.sosafe.assistant.conversation.spi.ReplyOption;
import uk.sosafe.assistant.conversation.spi.Turn;

/** The web chat contract's response: replies, how the message was handled, the article, disclosure and case. */
record ChatResponse(List<ReplyBody> replies, String handledAs, String articleId, DisclosureBody disclosure,
		String caseRef) {

	static ChatResponse of(Turn turn) {
		return new ChatResponse(turn.replies().stream().map(ReplyBody::of).toList(), turn.handledAs().wireName(),
				turn.articleId(), turn.disclosure() == null ? null : DisclosureBody.of(turn.disclosure()),
				turn.caseRef());
	}

	record ReplyBody(String text, List<OptionBody> options) {

		static ReplyBody of(Reply reply) {
			return new ReplyBody(reply.text(), reply.options().stream().map(OptionBody::of).toList());
		}
	}

	record OptionBody(String label, String value) {

		static OptionBody of(ReplyOption option) {
			return new OptionBody(option.label(), option.value());
		}
	}

	record DisclosureBody(String category, boolean emergency) {

		static DisclosureBody of(Disclosure disclosure) {
			return new DisclosureBody(disclosure.category(), disclosure.emergency());
		}
	}
}
