package uk.sosafe.assistant.safety;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.sosafe.assistant.safety.NeighbourVote.Example;

import static org.assertj.core.api.Assertions.assertThat;

class NeighbourVoteTest {

	private final NeighbourVote vote = new NeighbourVote(List.of(
			new Example("cuckooing", false, "people have moved into my flat and deal drugs from it"),
			new Example("cuckooing", false, "a gang is using my home to sell and will not leave"),
			new Example("self-harm", true, "i have taken all my tablets and want to die"),
			new Example("none", false, "what are the signs that a flat has been taken over"),
			new Example("none", false, "how do i report a drug dealer anonymously")));

	@Test
	void nearExamplesDecideTheCategoryAndUrgency() {
		NeighbourVote.Vote result = this.vote.vote("dealers moved into my flat and wont leave", doc -> false).orElseThrow();

		assertThat(result.category()).isEqualTo("cuckooing");
		assertThat(result.dangerShare()).isGreaterThan(0.5);
		assertThat(result.emergencyShare()).isLessThan(DangerDetector.EMERGENCY_SHARE);
	}

	@Test
	void questionsSitNearTheNoneExamples() {
		NeighbourVote.Vote result = this.vote.vote("how can i report dealers anonymously", doc -> false).orElseThrow();

		assertThat(result.dangerShare()).isLessThan(0.5);
	}

	@Test
	void anExampleCanBeLeftOutOfItsOwnVote() {
		NeighbourVote.Vote result = this.vote.vote("i have taken all my tablets and want to die", doc -> doc == 2).orElseThrow();

		assertThat(result.categoryShares()).doesNotContainKey("self-harm");
	}

	@Test
	void veryShortMessagesAbstain() {
		assertThat(this.vote.vote("🙂🙂", doc -> false)).isEmpty();
		assertThat(this.vote.vote("hi", doc -> false)).isEmpty();
	}

	@Test
	void theShippedExamplesAndArticleQuestionsLoad() {
		NeighbourVote shipped = NeighbourVote.load(Path.of("content"));

		assertThat(shipped.examples()).hasSizeGreaterThan(1000);
		assertThat(shipped.examples()).anyMatch(example -> example.danger() && example.emergency());
		assertThat(ArticleQuestions.read(Path.of("content/articles"))).hasSizeGreaterThan(700);
	}
}
