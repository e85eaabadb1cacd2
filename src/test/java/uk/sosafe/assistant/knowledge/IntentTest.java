package uk.sosafe.assistant.knowledge;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** What a question asks about its topic, and which articles serve that, decide between close articles. */
class IntentTest {

	private static final ArticleIndex INDEX = ArticleIndex.build(Content.load(Path.of("content")));

	@Test
	void aTopicSpecificArticleServesItsOwnSignsAndHelpButNotReporting() {
		assertThat(Intent.ofArticle("fraud-romance")).contains(Intent.SIGNS, Intent.HELP, Intent.DEFINE)
			.doesNotContain(Intent.REPORT, Intent.ABOUT, Intent.LAW);
		assertThat(Intent.ofArticle("fraud-warning-signs")).containsExactly(Intent.SIGNS);
		assertThat(Intent.ofArticle("fraud-report")).containsExactly(Intent.REPORT);
	}

	@Test
	void askingWhatIsKeptIsAboutTheService() {
		assertThat(Intent.of("do u keep my msgs")).contains(Intent.ABOUT);
		assertThat(Intent.of("do you store my chats")).contains(Intent.ABOUT);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "romance scam signs|fraud-romance", "crypto scam how to spot|fraud-investment",
			"how to spot a scam|fraud-warning-signs", "signs of cuckooing|cuckooing-signs", "how do i report fraud|fraud-report" })
	void theNamedTopicWinsOverTheGeneralArticleOfTheSameIntent(String question, String article) {
		assertThat(INDEX.search(question)).hasValueSatisfying(answer -> assertThat(answer.article().id()).isEqualTo(article));
	}
}
