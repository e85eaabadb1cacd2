package uk.sosafe.assistant.knowledge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The precomputed content scores against the Lucene query the search ran before (a term or synonym
 * clause per word group and field, boosted), on every tuning message (never the held-out set) and
 * every sample question: the same documents, in the same order, with scores equal to the bit.
 */
class ContentScoresTest {

	private static final int CANDIDATES = 60;

	private static Content content;

	private static ArticleIndex index;

	private static DirectoryReader reader;

	private static IndexSearcher lucene;

	private static ContentScores scores;

	@BeforeAll
	static void build() {
		content = Content.load(Path.of("content"));
		index = ArticleIndex.build(content);
		reader = ArticleIndex.open(content);
		lucene = new IndexSearcher(reader);
		scores = new ContentScores(reader);
	}

	@AfterAll
	static void close() throws IOException {
		reader.close();
	}

	@Test
	void everyTuningMessageGetsLucenesDocumentsAndScores() throws IOException {
		List<String> messages = tuningMessages();

		assertThat(messages).hasSizeGreaterThan(2000);
		for (String message : messages) {
			assertSameAsLucene(message);
		}
	}

	@Test
	void everySampleQuestionGetsLucenesDocumentsAndScores() throws IOException {
		for (Article article : content.articles().values()) {
			for (String question : article.questions()) {
				assertSameAsLucene(question);
			}
		}
	}

	@Test
	void aRepeatedWordCountsAsLuceneCountsIt() throws IOException {
		assertSameAsLucene("scam scam scam phone call scam");
		assertThat(index.queryGroups("scam scam scam phone call scam")).hasSizeGreaterThan(2);
	}

	private static void assertSameAsLucene(String question) throws IOException {
		List<List<String>> groups = index.queryGroups(question);
		String expected = Arrays.toString(Arrays.stream(lucene.search(reference(groups), CANDIDATES).scoreDocs)
			.map(hit -> hit.doc + ":" + Float.floatToIntBits(hit.score))
			.toArray());
		String actual = Arrays.toString(Arrays.stream(scores.top(groups, CANDIDATES))
			.map(hit -> hit.doc() + ":" + Float.floatToIntBits(hit.score()))
			.toArray());
		assertThat(actual).as(question).isEqualTo(expected);
	}

	/** The query the search used to run. */
	private static Query reference(List<List<String>> groups) {
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		for (List<String> group : groups) {
			ContentScores.FIELD_BOOSTS.forEach((field, boost) -> query.add(new BoostQuery(clause(field, group), boost), Occur.SHOULD));
		}
		return query.build();
	}

	private static Query clause(String field, List<String> group) {
		if (group.size() == 1) {
			return new TermQuery(new Term(field, group.get(0)));
		}
		SynonymQuery.Builder synonyms = new SynonymQuery.Builder(field);
		group.stream().distinct().forEach(term -> synonyms.addTerm(new Term(field, term)));
		return synonyms.build();
	}

	private static List<String> tuningMessages() throws IOException {
		List<String> messages = new ArrayList<>();
		try (Stream<Path> folders = Files.list(Path.of("src/test/resources/eval"))) {
			for (Path folder : folders.filter(f -> f.getFileName().toString().startsWith("tuning")).sorted().toList()) {
				try (Stream<Path> files = Files.list(folder)) {
					for (Path file : files.filter(f -> f.toString().endsWith(".tsv")).sorted().toList()) {
						List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
						lines.subList(1, lines.size()).stream()
							.filter(line -> !line.isBlank() && !line.startsWith("#"))
							.forEach(line -> messages.add(line.substring(line.lastIndexOf('\t') + 1)));
					}
				}
			}
		}
		return messages;
	}
}
