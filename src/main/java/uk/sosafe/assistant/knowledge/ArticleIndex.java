package uk.sosafe.assistant.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * An immutable, fully built index of the content. Each sample question is its own document, so a
 * resident's question is matched against the nearest way of asking; each article is also a document
 * of title and text. Queries are built in code (never parsed from user text), so Lucene syntax in a
 * message is just words.
 */
final class ArticleIndex {

	private static final int MAX_QUERY_TERMS = 60;

	private static final int CANDIDATES = 40;

	private final Content content;

	private final Analyzer queryAnalyzer;

	private final Analyzer indexAnalyzer = ResidentTextAnalyzers.indexing();

	private final IndexSearcher searcher;

	private final Map<String, Set<String>> vocabulary = new HashMap<>();

	private final Map<String, Integer> articleFrequency = new HashMap<>();

	private ArticleIndex(Content content) {
		this.content = content;
		this.queryAnalyzer = ResidentTextAnalyzers.querying(ResidentTextAnalyzers.synonyms(content.synonyms()));
		this.searcher = new IndexSearcher(open(content));
		content.articles().values().forEach(this::learnVocabulary);
	}

	static ArticleIndex build(Content content) {
		return new ArticleIndex(content);
	}

	Content content() {
		return this.content;
	}

	/** The best article for the question with its confidence, or empty when nothing matches at all. */
	Optional<Answer> search(String question) {
		List<List<String>> groups = ResidentTextAnalyzers.termGroups(this.queryAnalyzer, question);
		if (groups.isEmpty()) {
			return Optional.empty();
		}
		Map<String, Double> scores = scoreArticles(question, groups);
		return scores.entrySet()
			.stream()
			.max(Map.Entry.comparingByValue())
			.map(best -> new Answer(this.content.articles().get(best.getKey()), coverage(best.getKey(), groups)));
	}

	private Map<String, Double> scoreArticles(String question, List<List<String>> groups) {
		try {
			ScoreDoc[] hits = this.searcher.search(query(question, groups), CANDIDATES).scoreDocs;
			StoredFields stored = this.searcher.storedFields();
			Map<String, Double> best = new LinkedHashMap<>();
			for (ScoreDoc hit : hits) {
				Document document = stored.document(hit.doc);
				double weight = "question".equals(document.get("kind")) ? 1.0 : 0.6;
				best.merge(document.get("article"), hit.score * weight, Double::sum);
			}
			return best;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Query query(String question, List<List<String>> groups) {
		QueryBuilder builder = new QueryBuilder(this.queryAnalyzer);
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		addField(query, builder.createBooleanQuery("text", question), 1.0f);
		addField(query, builder.createBooleanQuery("title", question), 1.5f);
		addField(query, builder.createBooleanQuery("body", question), 0.5f);
		groups.stream().limit(MAX_QUERY_TERMS).flatMap(List::stream).filter(term -> term.length() >= 5).distinct()
			.forEach(term -> query.add(new BoostQuery(fuzzy("text", term), 0.3f), Occur.SHOULD));
		return query.build();
	}

	private static FuzzyQuery fuzzy(String field, String term) {
		return new FuzzyQuery(new Term(field, term), term.length() >= 8 ? 2 : 1, 1);
	}

	private static void addField(BooleanQuery.Builder query, Query clause, float boost) {
		if (clause != null) {
			query.add(new BoostQuery(clause, boost), Occur.SHOULD);
		}
	}

	/**
	 * How much of the question the article covers: the share of the question's word groups found in the
	 * article's words, each weighted by how rare it is across articles. Words no article uses (off-topic
	 * words) count fully against it, which is what keeps off-topic questions below the threshold.
	 */
	private double coverage(String articleId, List<List<String>> groups) {
		Set<String> words = this.vocabulary.get(articleId);
		double total = 0;
		double matched = 0;
		int articles = this.content.articles().size();
		for (List<String> group : groups) {
			int frequency = group.stream().mapToInt(term -> this.articleFrequency.getOrDefault(term, 0)).max().orElse(0);
			double weight = Math.log(1.0 + (double) articles / (1 + frequency));
			total += weight;
			if (group.stream().anyMatch(term -> words.contains(term) || nearMatch(term, words))) {
				matched += weight;
			}
		}
		return total == 0 ? 0 : matched / total;
	}

	private static boolean nearMatch(String term, Set<String> words) {
		if (term.length() < 5) {
			return false;
		}
		int allowed = term.length() >= 8 ? 2 : 1;
		return words.stream().anyMatch(word -> Math.abs(word.length() - term.length()) <= allowed
				&& word.charAt(0) == term.charAt(0) && EditDistance.within(word, term, allowed));
	}

	private void learnVocabulary(Article article) {
		String all = String.join(" ", article.title(), String.join(" ", article.questions()), article.summary(),
				article.body());
		Set<String> words = new HashSet<>();
		ResidentTextAnalyzers.termGroups(this.indexAnalyzer, all).forEach(words::addAll);
		this.vocabulary.put(article.id(), words);
		words.forEach(word -> this.articleFrequency.merge(word, 1, Integer::sum));
	}

	private DirectoryReader open(Content content) {
		ByteBuffersDirectory directory = new ByteBuffersDirectory();
		try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(this.indexAnalyzer))) {
			for (Article article : content.articles().values()) {
				for (String question : article.questions()) {
					writer.addDocument(document(article.id(), "question", new TextField("text", question, Field.Store.NO)));
				}
				writer.addDocument(document(article.id(), "article", new TextField("title", article.title(), Field.Store.NO),
						new TextField("body", article.summary() + "\n" + article.body(), Field.Store.NO)));
			}
			writer.commit();
			return DirectoryReader.open(directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot build the content index", ex);
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
