package uk.sosafe.assistant.knowledge;

import java.util.List;
import java.util.Optional;

/** Answers residents' questions from the content base; never makes an answer up. */
public interface KnowledgeBase {

	/** The best article for a question, when the search is confident enough. */
	Optional<Answer> answer(String question);

	/** An article by id. */
	Optional<Article> article(String id);

	/** Every article, by id. */
	List<Article> articles();

	/** The articles of one topic, in a stable order. */
	List<Article> articlesOn(String topic);

	/** Notes a question no article answered, scrubbed of personal details, so comms can fill the gap. */
	void recordUnanswered(String question);

	/** Takes back one recording of a question no article answered (its asker was forgotten). */
	void withdrawUnanswered(String question);

	/**
	 * Rebuilds the index from the content folder now and returns how many articles it holds. Broken
	 * content throws {@link ContentException} naming the file, and the previous index keeps serving.
	 */
	int reindex();
}
