package uk.sosafe.assistant.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;

/**
 * An immutable, fully built index of the content. Each sample question is its own document, so a
 * resident's question is matched against the nearest way of asking; each article is also a document
 * of title and text. Queries are built in code (never parsed from user text), so Lucene syntax in a
 * message is just words.
 */
final class ArticleIndex {

	private static final int MAX_QUERY_TERMS = 60;

	private static final int CANDIDATES = 60;

	/** At most this many word groups go into the Lucene query: the rarest ones. */
	private static final int QUERY_GROUPS = 16;

	/** How much an article's other matching sample questions add to its nearest one. */
	private static final double OTHER_QUESTIONS_WEIGHT = 0.15;

	/** The share added to an article whose intent (what it is, signs, report, help, law, about) the question shows. */
	private static final double INTENT_BONUS = 0.35;

	/** How much the article's own document (title, text, all questions) counts beside its nearest sample question. */
	private static final double ARTICLE_WEIGHT = 1.0;

	/** How much rare vocabulary (in idf units) must match before the coverage counts in full. */
	private static final double SATURATION = 4.0;

	private final Content content;

	private final Analyzer queryAnalyzer;

	private final Analyzer indexAnalyzer = ResidentTextAnalyzers.indexing();

	/** The documents' scores for a question, precomputed from the index, which never changes once built. */
	private final ContentScores scores;

	private final Map<String, Set<String>> vocabulary = new HashMap<>();

	private final Map<String, Integer> articleFrequency = new HashMap<>();

	private final Speller speller;

	private final Map<String, Set<Intent>> intents = new HashMap<>();

	/** The article and kind of each document, read once: the index never changes after it is built. */
	private final String[] articleOfDoc;

	private final boolean[] questionDoc;

	private ArticleIndex(Content content) {
		this.content = content;
		this.queryAnalyzer = ResidentTextAnalyzers.querying(ResidentTextAnalyzers.synonyms(content.synonyms()));
		DirectoryReader reader = open(content);
		this.scores = new ContentScores(reader);
		this.articleOfDoc = new String[reader.maxDoc()];
		this.questionDoc = new boolean[reader.maxDoc()];
		readDocuments(reader);
		content.articles().values().forEach(this::learnVocabulary);
		this.speller = new Speller(this.articleFrequency);
		content.articles().keySet().forEach(id -> this.intents.put(id, Intent.ofArticle(id)));
	}

	static ArticleIndex build(Content content) {
		return new ArticleIndex(content);
	}

	Content content() {
		return this.content;
	}

	/** The best article for the question with its confidence, or empty when nothing matches at all. */
	Optional<Answer> search(String question) {
		List<List<String>> groups = corrected(ResidentTextAnalyzers.termGroups(this.queryAnalyzer, question));
		if (groups.isEmpty()) {
			return Optional.empty();
		}
		Map<String, Double> scores = scoreArticles(groups);
		Set<Intent> asked = Intent.of(question);
		if (!asked.isEmpty()) {
			scores.replaceAll((id, score) -> intersects(asked, this.intents.get(id)) ? score * (1 + INTENT_BONUS) : score);
		}
		return scores.entrySet()
			.stream()
			.max(Map.Entry.comparingByValue())
			.map(best -> new Answer(this.content.articles().get(best.getKey()), coverage(best.getKey(), groups)));
	}

	private static boolean intersects(Set<Intent> a, Set<Intent> b) {
		return b.stream().anyMatch(a::contains);
	}

	private List<List<String>> corrected(List<List<String>> groups) {
		List<List<String>> out = new ArrayList<>(groups.size());
		for (List<String> group : groups.subList(0, Math.min(groups.size(), MAX_QUERY_TERMS))) {
			boolean known = group.stream().anyMatch(this.articleFrequency::containsKey);
			Optional<String> fix = known || group.size() > 1 ? Optional.empty() : this.speller.correct(group.get(0));
			out.add(fix.map(List::of).orElse(group));
		}
		return out;
	}

	/**
	 * The word groups worth querying: those some article uses (others cannot match), and of a long
	 * question only the rarest, which carry its meaning; common words add clauses to score but hardly
	 * change which article wins.
	 */
	private List<List<String>> mostTelling(List<List<String>> groups) {
		return groups.stream()
			.filter(group -> rarity(group) < Integer.MAX_VALUE)
			.sorted(java.util.Comparator.comparingInt(this::rarity))
			.limit(QUERY_GROUPS)
			.toList();
	}

	/** How many articles use the group's rarest known word; unknown groups sort last. */
	private int rarity(List<String> group) {
		return group.stream().mapToInt(term -> this.articleFrequency.getOrDefault(term, Integer.MAX_VALUE)).min()
			.orElse(Integer.MAX_VALUE);
	}

	/** The word groups a search scores: spelling corrected, and only the most telling. */
	List<List<String>> queryGroups(String question) {
		return mostTelling(corrected(ResidentTextAnalyzers.termGroups(this.queryAnalyzer, question)));
	}

	private Map<String, Double> scoreArticles(List<List<String>> groups) {
		Map<String, Double> question = new LinkedHashMap<>();
		Map<String, Double> others = new LinkedHashMap<>();
		Map<String, Double> article = new LinkedHashMap<>();
		for (ContentScores.Hit hit : this.scores.top(mostTelling(groups), CANDIDATES)) {
			String id = this.articleOfDoc[hit.doc()];
			if (!this.questionDoc[hit.doc()]) {
				article.put(id, (double) hit.score());
			}
			else if (question.containsKey(id)) {
				others.merge(id, (double) hit.score(), Double::sum);
			}
			else {
				question.put(id, (double) hit.score());
			}
		}
		Map<String, Double> best = new LinkedHashMap<>(question);
		others.forEach((id, score) -> best.merge(id, OTHER_QUESTIONS_WEIGHT * score, Double::sum));
		article.forEach((id, score) -> best.merge(id, ARTICLE_WEIGHT * score, Double::sum));
		return best;
	}

	/**
	 * How sure we are that the article answers the question: the share of the question's known words
	 * (words some article uses) that this article uses, each weighted by how rare it is across articles,
	 * scaled down when only a little rare vocabulary matched at all. Words no article uses (names,
	 * places, chatter) are left out of the share, so a long story is not punished for its details, but
	 * a question made only of common words stays below the threshold.
	 */
	private double coverage(String articleId, List<List<String>> groups) {
		Set<String> words = this.vocabulary.get(articleId);
		double known = 0;
		double matched = 0;
		int articles = this.content.articles().size();
		for (List<String> group : groups) {
			int frequency = group.stream().mapToInt(term -> this.articleFrequency.getOrDefault(term, 0)).max().orElse(0);
			boolean inArticle = group.stream().anyMatch(words::contains);
			if (frequency == 0 && !inArticle) {
				continue;
			}
			double weight = Math.log(1.0 + (double) articles / (1 + Math.max(frequency, 1)));
			known += weight;
			if (inArticle) {
				matched += weight;
			}
		}
		return known == 0 ? 0 : (matched / known) * Math.min(1.0, matched / SATURATION);
	}

	private void learnVocabulary(Article article) {
		String all = String.join(" ", article.title(), String.join(" ", article.questions()), article.summary(),
				article.body());
		Set<String> words = new HashSet<>();
		ResidentTextAnalyzers.termGroups(this.indexAnalyzer, all).forEach(words::addAll);
		this.vocabulary.put(article.id(), words);
		words.forEach(word -> this.articleFrequency.merge(word, 1, Integer::sum));
	}

	/** A Lucene index of the content: each sample question a document, then each article's own document. */
	static DirectoryReader open(Content content) {
		// read back as one buffer: each search clones its inputs per term, and slicing many small buffers cost more than the scoring
		ByteBuffersDirectory directory = new ByteBuffersDirectory(new SingleInstanceLockFactory(), ByteBuffersDataOutput::new,
				ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(ResidentTextAnalyzers.indexing()))) {
			for (Article article : content.articles().values()) {
				for (String question : article.questions()) {
					writer.addDocument(document(article.id(), "question", new TextField("text", question, Field.Store.NO)));
				}
				writer.addDocument(document(article.id(), "article", new TextField("title", article.title(), Field.Store.NO),
						new TextField("body", article.summary() + "\n" + article.body(), Field.Store.NO),
						new TextField("questions", String.join("\n", article.questions()), Field.Store.NO)));
			}
			writer.forceMerge(1);
			writer.commit();
			return DirectoryReader.open(directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot build the content index", ex);
		}
	}

	private void readDocuments(DirectoryReader reader) {
		try {
			StoredFields stored = reader.storedFields();
			for (int doc = 0; doc < reader.maxDoc(); doc++) {
				Document document = stored.document(doc);
				this.articleOfDoc[doc] = document.get("article");
				this.questionDoc[doc] = "question".equals(document.get("kind"));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Document document(String articleId, String kind, Field... fields) {
		Document document = new Document();
		document.add(new StringField("article", articleId, Field.Store.YES));
		document.add(new StringField("kind", kind, Field.Store.YES));
		for (Field field : fields) {
			document.add(field);
		}
		return document;
	}
}
