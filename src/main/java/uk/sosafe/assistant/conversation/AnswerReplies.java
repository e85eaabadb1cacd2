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

	private static final int MAX_RELATED = 3;

	private final KnowledgeBase knowledge;

	private final Phrases phrases;

	AnswerReplies(KnowledgeBase knowledge, Phrases phrases) {
		this.knowledge = knowledge;
		this.phrases = phrases;
	}

	Turn answer(Article article, Channel channel) {
		String text = channel.prefersShortAnswers() ? article.summary() : article.body();
		List<ReplyOption> options = new ArrayList<>();
		article.related()
			.stream()
			.map(this.knowledge::article)
			.flatMap(Optional::stream)
			.limit(MAX_RELATED)
			.forEach(related -> options.add(new ReplyOption(related.title(), OPTION_PREFIX + related.id())));
		options.add(new ReplyOption(this.phrases.get("option.menu"), "menu"));
		return Turn.of(HandledAs.ANSWER, Reply.withOptions(text, options)).withArticle(article.id());
	}

	Optional<Turn> byOption(String option, Channel channel) {
		return this.knowledge.article(option.substring(OPTION_PREFIX.length())).map(article -> answer(article, channel));
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
