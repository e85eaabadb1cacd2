package uk.sosafe.assistant.safety;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;

/**
 * A vote of the labelled examples nearest to a message (BM25 over words and word pairs, keeping
 * "me", "my" and "now", which matter here). It catches what the phrase signals miss because people
 * say the same thing in endless ways; the examples are content, so a misread message can be taught.
 */
final class NeighbourVote {

	static final int NEIGHBOURS = 9;

	static final String FIELD = "text";

	private static final int MAX_TERMS = 160;

	/** Shorter messages ("hi", "thanks") are too small to vote on; the phrase signals still read them. */
	private static final int MIN_WORDS = 3;

	/** One labelled example. */
	record Example(String label, boolean emergency, String message) {

		boolean danger() {
			return !"none".equals(this.label);
		}
	}

	/**
	 * The outcome of a vote.
	 *
	 * @param category the danger category with most weight
	 * @param dangerShare the share of the neighbours' weight that is danger of any kind
	 * @param emergencyShare the share of the danger weight that is an emergency
	 * @param topScore how close the nearest example is (low when nothing is alike)
	 */
	record Vote(String category, double dangerShare, double emergencyShare, double topScore,
			Map<String, Double> categoryShares) {
	}

	private final List<Example> examples;

	private final Analyzer analyzer = analyzer();

	/** Every example's weight for every word and word pair, taken once from a Lucene index of the examples. */
	private final ExampleScores scores;

	NeighbourVote(List<Example> examples) {
		this.examples = List.copyOf(examples);
		try (DirectoryReader reader = index(this.examples)) {
			this.scores = new ExampleScores(reader, FIELD);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Loads the labelled examples and adds every article's sample questions as examples of "none": they
	 * are how residents ask for information, and teach the vote what a question looks like.
	 */
	static NeighbourVote load(Path contentDir) {
		List<Example> examples = new ArrayList<>(read(contentDir.resolve("safety/examples.tsv")));
		ArticleQuestions.read(contentDir.resolve("articles")).forEach(question -> examples.add(new Example("none", false, question)));
		return new NeighbourVote(examples);
	}

	List<Example> examples() {
		return this.examples;
	}

	/** The vote of the nearest examples, leaving out those {@code excluded} (for leave-one-out checks). */
	Optional<Vote> vote(String message, IntPredicate excluded) {
		return voteOnNormalised(SafetyText.normalise(message), excluded);
	}

	/** The vote on a message already normalised with {@link SafetyText#normalise}. */
	Optional<Vote> voteOnNormalised(String text, IntPredicate excluded) {
		Set<String> terms = terms(text);
		if (terms.stream().filter(term -> term.indexOf(' ') < 0).count() < MIN_WORDS) {
			return Optional.empty();
		}
		return tally(this.scores.top(terms, NEIGHBOURS + 1), excluded);
	}

	private Optional<Vote> tally(ExampleScores.Hit[] hits, IntPredicate excluded) {
		double total = 0;
		double danger = 0;
		double emergency = 0;
		double top = 0;
		Map<String, Double> byCategory = new HashMap<>();
		int used = 0;
		for (ExampleScores.Hit hit : hits) {
			if (excluded.test(hit.doc()) || used == NEIGHBOURS) {
				continue;
			}
			used++;
			Example example = this.examples.get(hit.doc());
			top = Math.max(top, hit.score());
			total += hit.score();
			if (example.danger()) {
				danger += hit.score();
				emergency += example.emergency() ? hit.score() : 0;
				byCategory.merge(example.label(), (double) hit.score(), Double::sum);
			}
		}
		if (total == 0) {
			return Optional.empty();
		}
		String category = byCategory.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
			.orElse("other");
		double dangerWeight = danger;
		Map<String, Double> shares = new HashMap<>();
		byCategory.forEach((label, weight) -> shares.put(label, weight / dangerWeight));
		return Optional.of(new Vote(category, danger / total, danger == 0 ? 0 : emergency / danger, top, shares));
	}

	/** The words and word pairs of a normalised message that a vote scores, at most {@value #MAX_TERMS}. */
	Set<String> terms(String message) {
		Set<String> terms = new LinkedHashSet<>();
		try (TokenStream stream = this.analyzer.tokenStream(FIELD, message)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken() && terms.size() < MAX_TERMS) {
				terms.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return terms;
	}

	/** A Lucene index of the examples' normalised text, one document per example, in order. */
	static DirectoryReader index(List<Example> all) {
		// read back as one buffer: each search clones its inputs per term, and slicing many small buffers cost more than the scoring
		ByteBuffersDirectory directory = new ByteBuffersDirectory(new SingleInstanceLockFactory(), ByteBuffersDataOutput::new,
				ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer()))) {
			for (Example example : all) {
				Document document = new Document();
				document.add(new TextField(FIELD, SafetyText.normalise(example.message()), Field.Store.NO));
				document.add(new StoredField("label", example.label()));
				writer.addDocument(document);
			}
			writer.commit();
			return DirectoryReader.open(directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot index the safety examples", ex);
		}
	}

	static Analyzer analyzer() {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String field) {
				Tokenizer tokenizer = new StandardTokenizer();
				TokenStream stream = new PorterStemFilter(new ASCIIFoldingFilter(new LowerCaseFilter(
						new EnglishPossessiveFilter(tokenizer))));
				ShingleFilter pairs = new ShingleFilter(stream, 2, 2);
				pairs.setOutputUnigrams(true);
				return new TokenStreamComponents(tokenizer, pairs);
			}
		};
	}

	/** The labelled rows of a file in the examples' format (label, emergency, message), after its header. */
	static List<Example> read(Path file) {
		try {
			List<Example> examples = new ArrayList<>();
			for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
				if (line.isBlank() || line.startsWith("#") || line.startsWith("label\t") || line.startsWith("category\t")) {
					continue;
				}
				String[] row = line.split("\t", 3);
				if (row.length != 3) {
					throw new IllegalStateException(file + ": expected label, emergency and message in: " + line);
				}
				examples.add(new Example(row[0], Boolean.parseBoolean(row[1]), row[2]));
			}
			return examples;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
	}
}
