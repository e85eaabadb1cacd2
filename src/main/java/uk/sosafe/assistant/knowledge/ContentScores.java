package uk.sosafe.assistant.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.HitQueue;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.Similarity.SimScorer;
import org.apache.lucene.util.BytesRef;

/**
 * BM25 scores of the content's documents for a question's word groups, without a Lucene query. Each
 * group is one clause per field, a word with its synonyms counting as one word (Lucene's synonym
 * scoring: the highest document frequency, the summed term frequencies); a clause's weight in each
 * document is computed once by Lucene's own similarity and kept, since the index never changes. A
 * search adds them up the way Lucene's disjunctions do (repeated clauses merged, their boosts summed;
 * a double rounded to a float), so the scores and the order (higher first, then the earlier document)
 * are Lucene's.
 */
final class ContentScores {

	/** The fields each word group is looked for in, and how much each counts. */
	static final Map<String, Float> FIELD_BOOSTS = fieldBoosts();

	/** One document's score. */
	record Hit(int doc, float score) {
	}

	private record Group(List<String> terms, int times) {
	}

	private record Clause(String field, List<String> terms, float boost) {
	}

	private record Postings(int[] docs, float[] weights) {
	}

	private static final Postings NONE = new Postings(new int[0], new float[0]);

	private final IndexReader reader;

	private final IndexSearcher searcher;

	private final Map<Group, Postings[]> groups = new ConcurrentHashMap<>();

	ContentScores(IndexReader reader) {
		this.reader = reader;
		this.searcher = new IndexSearcher(reader);
	}

	/** The {@code most} best-scoring documents for the word groups, best first. */
	Hit[] top(List<List<String>> groups, int most) {
		int documents = this.reader.maxDoc();
		double[] sums = new double[documents];
		boolean[] seen = new boolean[documents];
		int[] matched = new int[documents];
		int count = 0;
		for (Map.Entry<List<String>, Integer> group : repeats(groups).entrySet()) {
			for (Postings postings : this.groups.computeIfAbsent(new Group(group.getKey(), group.getValue()), this::postings)) {
				for (int i = 0; i < postings.docs.length; i++) {
					int doc = postings.docs[i];
					sums[doc] += postings.weights[i];
					if (!seen[doc]) {
						seen[doc] = true;
						matched[count++] = doc;
					}
				}
			}
		}
		return best(sums, matched, count, most);
	}

	/** Each distinct group (a word, or a set of synonyms) and how often the question holds it. */
	private static Map<List<String>, Integer> repeats(List<List<String>> groups) {
		Map<List<String>, Integer> repeats = new LinkedHashMap<>();
		for (List<String> group : groups) {
			repeats.merge(group.size() == 1 ? group : group.stream().distinct().sorted().toList(), 1, Integer::sum);
		}
		return repeats;
	}

	/**
	 * A group's clause in each field. A clause asked for more than once counts once with its boosts
	 * added, as Lucene's BooleanQuery rewrites it.
	 */
	private Postings[] postings(Group group) {
		List<Postings> fields = new ArrayList<>(FIELD_BOOSTS.size());
		FIELD_BOOSTS.forEach((field, boost) -> fields.add(postings(new Clause(field, group.terms(), (float) (group.times() * (double) boost)))));
		return fields.toArray(Postings[]::new);
	}

	private Postings postings(Clause clause) {
		try {
			CollectionStatistics collection = this.searcher.collectionStatistics(clause.field());
			long docFreq = 0;
			long totalTermFreq = 0;
			for (String word : clause.terms()) {
				TermStates states = TermStates.build(this.searcher, new Term(clause.field(), word), true);
				docFreq = Math.max(docFreq, states.docFreq());
				totalTermFreq += states.docFreq() > 0 ? states.totalTermFreq() : 0;
			}
			if (collection == null || docFreq == 0) {
				return NONE;
			}
			SimScorer scorer = this.searcher.getSimilarity()
				.scorer(clause.boost(), collection, new TermStatistics(new BytesRef(clause.terms().get(0)), docFreq, totalTermFreq));
			return weights(clause, scorer);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Each document's weight for the clause, from the summed frequency of the clause's words in it. */
	private Postings weights(Clause clause, SimScorer scorer) throws IOException {
		TreeMap<Integer, Float> weights = new TreeMap<>();
		for (LeafReaderContext leaf : this.reader.leaves()) {
			Map<Integer, Integer> frequencies = new TreeMap<>();
			for (String word : clause.terms()) {
				PostingsEnum postings = leaf.reader().postings(new Term(clause.field(), word), PostingsEnum.FREQS);
				if (postings == null) {
					continue;
				}
				for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
					frequencies.merge(doc, postings.freq(), Integer::sum);
				}
			}
			NumericDocValues norms = leaf.reader().getNormValues(clause.field());
			for (Map.Entry<Integer, Integer> entry : frequencies.entrySet()) {
				long norm = norms != null && norms.advanceExact(entry.getKey()) ? norms.longValue() : 1L;
				weights.put(leaf.docBase + entry.getKey(), scorer.score(entry.getValue(), norm));
			}
		}
		int[] docs = weights.keySet().stream().mapToInt(Integer::intValue).toArray();
		float[] values = new float[docs.length];
		int i = 0;
		for (float weight : weights.values()) {
			values[i++] = weight;
		}
		return new Postings(docs, values);
	}

	/** The best {@code most} of the matched documents, kept in Lucene's own hit queue so ties fall as its searches' do. */
	private static Hit[] best(double[] sums, int[] matched, int count, int most) {
		HitQueue queue = new HitQueue(Math.min(most, count), false);
		ScoreDoc spare = null;
		for (int i = 0; i < count; i++) {
			ScoreDoc hit = spare == null ? new ScoreDoc(0, 0f) : spare;
			hit.doc = matched[i];
			hit.score = (float) sums[matched[i]];
			spare = queue.insertWithOverflow(hit);
		}
		Hit[] best = new Hit[queue.size()];
		for (int i = best.length - 1; i >= 0; i--) {
			ScoreDoc hit = queue.pop();
			best[i] = new Hit(hit.doc, hit.score);
		}
		return best;
	}

	private static Map<String, Float> fieldBoosts() {
		Map<String, Float> boosts = new LinkedHashMap<>();
		boosts.put("text", 1.0f);
		boosts.put("title", 1.5f);
		boosts.put("body", 0.5f);
		boosts.put("questions", 2.0f);
		return java.util.Collections.unmodifiableMap(boosts);
	}
}
