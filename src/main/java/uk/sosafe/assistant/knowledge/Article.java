package uk.sosafe.assistant.knowledge;

import java.time.LocalDate;
import java.util.List;

/**
 * One article of the content base.
 *
 * @param id stable id (a contract: outside evaluation checks answers by id)
 * @param title short title, used as an option label
 * @param topic one of the topic names
 * @param questions ways residents ask it
 * @param summary the short answer for SMS, at most 300 characters
 * @param body the full answer for web and Telegram, in simple Markdown
 * @param routes ids of verified contacts the article names
 * @param related ids of articles to offer next
 * @param sources where the facts come from
 * @param reviewed when it was last checked
 */
public record Article(String id, String title, String topic, List<String> questions, String summary, String body,
		List<String> routes, List<String> related, List<String> sources, LocalDate reviewed) {

	public Article {
		questions = List.copyOf(questions);
		routes = List.copyOf(routes);
		related = List.copyOf(related);
		sources = List.copyOf(sources);
	}
}
