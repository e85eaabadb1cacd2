package uk.sosafe.assistant.knowledge;

import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ResidentTextAnalyzersTest {

	private final Analyzer analyzer = ResidentTextAnalyzers
		.querying(ResidentTextAnalyzers.synonyms("cctv, security camera, doorbell camera\nbf, boyfriend\n"));

	@Test
	void aSingleWordSynonymSharesItsWordsGroup() {
		assertThat(ResidentTextAnalyzers.termGroups(this.analyzer, "my bf"))
			.anySatisfy(group -> assertThat(group).contains("bf", "boyfriend"));
	}

	@Test
	void onlyTheFirstWordOfASynonymOfSeveralWordsJoinsTheGroup() {
		List<List<String>> groups = ResidentTextAnalyzers.termGroups(this.analyzer, "cctv near the shops");

		assertThat(groups.get(0)).contains("cctv", "secur", "doorbel");
		assertThat(groups).noneSatisfy(group -> assertThat(group).contains("camera"));
		assertThat(groups).anySatisfy(group -> assertThat(group).contains("shop"));
	}

	@Test
	void theWordsOfAQuestionThatSaysTheSynonymInFullAreAllKept() {
		List<List<String>> groups = ResidentTextAnalyzers.termGroups(this.analyzer, "a security camera outside");

		assertThat(groups).anySatisfy(group -> assertThat(group).contains("secur"));
		assertThat(groups).anySatisfy(group -> assertThat(group).contains("camera"));
	}
}
