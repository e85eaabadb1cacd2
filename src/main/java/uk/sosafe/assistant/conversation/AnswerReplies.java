package uk.sosafe.assistant.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import uk.sosafe.assistant.conversation.spi.Channel;
import uk.sosafe.assistant.conversation.spi.HandledAs;
import uk.sosafe.assistant.conversation.spi.Reply;
import uk.sosafe.assistant.conversation.spi.ReplyOption;
import uk.sosafe.assistant.conversation.spi.Turn;
import uk.sosafe.assistant.knowledge.Article;
import uk.sosafe.assistant.knowledge.KnowledgeBase;

/** Turns an article into a reply for a channel: the body on web and Telegram, the summary on SMS. */
@Component
class AnswerReplies {

	static final String OPTION_PREFIX = "article:";

	/** On SMS, the whole article rather than its summary: the resident asked for more. */
	static final String MORE_PREFIX = "more:";

	private static final int MAX_RELATED = 3;

	private final KnowledgeBase knowledge;

	private final Phrases phrases;

	AnswerReplies(KnowledgeBase knowledge, Phrases phrases) {
		this.knowledge = knowledge;
		this.phrases = phrases;
	}

	Turn answer(Article article, Channel channel) {
		return answer(article, channel, channel.prefersShortAnswers());
	}

	private Turn answer(Article article, Channel channel, boolean summaryOnly) {
		String text = summaryOnly ? article.summary() : article.body();
		List<ReplyOption> options = new ArrayList<>();
		if (summaryOnly) {
			options.add(new ReplyOption(this.phrases.get("option.more"), MORE_PREFIX + article.id()));
		}
		article.related()
			.stream()
			.map(this.knowledge::article)
			.flatMap(Optional::stream)
			.limit(channel.prefersShortAnswers() ? 1 : MAX_RELATED)
			.forEach(related -> options.add(new ReplyOption(related.title(), OPTION_PREFIX + related.id())));
		options.add(new ReplyOption(this.phrases.get("option.menu"), "menu"));
		return Turn.of(HandledAs.ANSWER, Reply.withOptions(text, options)).withArticle(article.id());
	}

	Optional<Turn> byOption(String option, Channel channel) {
		return this.knowledge.article(option.substring(OPTION_PREFIX.length())).map(article -> answer(article, channel));
	}

	/** The whole article, asked for after a summary: on SMS it may take several texts. */
	Optional<Turn> more(String option, Channel channel) {
		return this.knowledge.article(option.substring(MORE_PREFIX.length())).map(article -> answer(article, channel, false));
	}

	Turn topic(String topic) {
		List<ReplyOption> options = new ArrayList<>(this.knowledge.articlesOn(topic)
			.stream()
			.map(article -> new ReplyOption(article.title(), OPTION_PREFIX + article.id()))
			.toList());
		options.add(new ReplyOption(this.phrases.get("option.menu"), "menu"));
		return Turn.of(HandledAs.MENU, Reply.withOptions(this.phrases.get("topic.prompt"), options));
	}
}
