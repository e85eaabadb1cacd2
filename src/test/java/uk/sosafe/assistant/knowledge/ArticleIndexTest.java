package uk.sosafe.assistant.knowledge;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Confidence on the shipped content: a question of a word or two on a topic is answered with its article. */
class ArticleIndexTest {

	/** The threshold the application is configured with. */
	private static final double THRESHOLD = 0.2;

	private static ArticleIndex index;

	@BeforeAll
	static void build() {
		index = ArticleIndex.build(Content.load(Path.of("content")));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "cuckooing?|cuckooing-what-is", "clares law|domestic-abuse-clares-law",
			"fly tipping|environmental-crime", "scooters|asb-vehicles-and-scooters", "wot is county lines|county-lines-what-is" })
	void aShortQuestionOnATopicIsStillAnswered(String question, String article) {
		assertThat(index.search(question)).hasValueSatisfying(answer -> {
			assertThat(answer.article().id()).isEqualTo(article);
			assertThat(answer.confidence()).isGreaterThanOrEqualTo(THRESHOLD);
		});
	}
}
