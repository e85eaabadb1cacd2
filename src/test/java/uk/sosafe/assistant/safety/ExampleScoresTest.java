package uk.sosafe.assistant.safety;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The precomputed example scores against Lucene's own BM25 query, the way the vote ran before: on every
 * tuning message (never the held-out set) and every example, the same examples, in the same order, with
 * scores equal to the bit.
 */
class ExampleScoresTest {

	private static final int TOP = NeighbourVote.NEIGHBOURS + 1;

	private static NeighbourVote vote;

	private static DirectoryReader reader;

	private static IndexSearcher lucene;

	private static ExampleScores scores;

	@BeforeAll
	static void index() {
		vote = NeighbourVote.load(Path.of("content"));
		reader = NeighbourVote.index(vote.examples());
		lucene = new IndexSearcher(reader);
		scores = new ExampleScores(reader, NeighbourVote.FIELD);
	}

	@AfterAll
	static void close() throws IOException {
		reader.close();
	}

	@Test
	void everyTuningMessageGetsLucenesNeighboursAndScores() throws IOException {
		List<String> messages = tuningMessages();

		assertThat(messages).hasSizeGreaterThan(2000);
		for (String message : messages) {
			assertSameAsLucene(SafetyText.normalise(message));
		}
	}

	@Test
	void everyExampleGetsLucenesNeighboursAndScores() throws IOException {
		for (NeighbourVote.Example example : vote.examples()) {
			assertSameAsLucene(SafetyText.normalise(example.message()));
		}
	}

	@Test
	void tiesGoToTheEarlierExample() {
		NeighbourVote.Example same = new NeighbourVote.Example("none", false, "someone is outside my door");
		try (DirectoryReader twins = NeighbourVote.index(List.of(same, same, same))) {
			ExampleScores.Hit[] hits = new ExampleScores(twins, NeighbourVote.FIELD).top(List.of("door"), 2);

			assertThat(hits).extracting(ExampleScores.Hit::doc).containsExactly(0, 1);
			assertThat(hits[0].score()).isEqualTo(hits[1].score()).isPositive();
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
	}

	@Test
	void wordsNoExampleHoldsMatchNothing() {
		assertThat(scores.knows("zzyzx")).isFalse();
		assertThat(scores.top(List.of("zzyzx", "qwerty uiop"), TOP)).isEmpty();
	}

	private static void assertSameAsLucene(String text) throws IOException {
		Set<String> terms = vote.terms(text);
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		terms.stream().filter(scores::knows).forEach(term -> query.add(new TermQuery(new Term(NeighbourVote.FIELD, term)), Occur.SHOULD));
		String expected = Arrays.toString(Arrays.stream(lucene.search(query.build(), TOP).scoreDocs)
			.map(hit -> hit.doc + ":" + Float.floatToIntBits(hit.score))
			.toArray());
		String actual = Arrays.toString(Arrays.stream(scores.top(terms, TOP))
			.map(hit -> hit.doc() + ":" + Float.floatToIntBits(hit.score()))
			.toArray());
		assertThat(actual).as(text).isEqualTo(expected);
	}

	private static List<String> tuningMessages() throws IOException {
		List<String> messages = new ArrayList<>();
		try (Stream<Path> folders = Files.list(Path.of("src/test/resources/eval"))) {
			for (Path folder : folders.filter(f -> f.getFileName().toString().startsWith("tuning")).sorted().toList()) {
				try (Stream<Path> files = Files.list(folder)) {
					for (Path file : files.filter(f -> f.toString().endsWith(".tsv")).sorted().toList()) {
						messages.addAll(lastColumns(file));
					}
				}
			}
		}
		return messages;
	}

	private static List<String> lastColumns(Path file) throws IOException {
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		return lines.subList(1, lines.size()).stream()
			.filter(line -> !line.isBlank() && !line.startsWith("#"))
			.map(line -> line.substring(line.lastIndexOf('\t') + 1))
			.toList();
	}
}
