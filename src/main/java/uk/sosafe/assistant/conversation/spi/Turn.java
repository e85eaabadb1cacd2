package uk.sosafe.assistant.conversation.spi;

import java.util.List;

/**
 * The outcome of handling one inbound message.
 *
 * @param replies what to send back, in order
 * @param handledAs how it was handled
 * @param articleId the article answered from, or {@code null}
 * @param disclosure the disclosure noticed, or {@code null}
 * @param caseRef the case reference once a case exists, or {@code null}
 */
public record Turn(List<Reply> replies, HandledAs handledAs, String articleId, Disclosure disclosure, String caseRef) {

	public Turn {
		replies = List.copyOf(replies);
	}

	public static Turn of(HandledAs handledAs, List<Reply> replies) {
		return new Turn(replies, handledAs, null, null, null);
	}

	public static Turn of(HandledAs handledAs, Reply reply) {
		return of(handledAs, List.of(reply));
	}

	public Turn withArticle(String id) {
		return new Turn(this.replies, this.handledAs, id, this.disclosure, this.caseRef);
	}

	public Turn withDisclosure(Disclosure noticed) {
		return new Turn(this.replies, this.handledAs, this.articleId, noticed, this.caseRef);
	}

	public Turn withCaseRef(String ref) {
		return new Turn(this.replies, this.handledAs, this.articleId, this.disclosure, ref);
	}
}
