package uk.sosafe.assistant.safety;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.HitQueue;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.search.similarities.Similarity.SimScorer;
import org.apache.lucene.util.BytesRef;

/**
 * The BM25 weight of every indexed word in every example, computed once by Lucene's own similarity
 * from the index's norms and statistics. The examples never change, so a vote adds up these weights
 * instead of running a query, with the scores Lucene would give (summed as it does, in a double, then
 * rounded to a float) and its order: higher score first, then the earlier example.
 */
final class ExampleScores {

	/** One example's score for a set of words. */
	record Hit(int doc, float score) {
	}

	/** The examples holding one word, and the word's weight in each. */
	private record Postings(int[] docs, float[] weights) {
	}

	private final Map<String, Postings> postings = new HashMap<>();

	private final int documents;

	ExampleScores(IndexReader reader, String field) {
		this.documents = reader.maxDoc();
		IndexSearcher searcher = new IndexSearcher(reader);
		try {
			CollectionStatistics collection = searcher.collectionStatistics(field);
			if (collection != null) {
				for (Map.Entry<String, Occurrences> word : occurrences(reader, field).entrySet()) {
					this.postings.put(word.getKey(), word.getValue().weigh(searcher.getSimilarity(), collection, word.getKey()));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the safety examples' index", ex);
		}
	}

	/** Whether some example holds the word (or word pair). */
	boolean knows(String word) {
		return this.postings.containsKey(word);
	}

	/** The {@code most} best-scoring examples holding any of the words, best first. */
	Hit[] top(Collection<String> words, int most) {
		double[] sums = new double[this.documents];
		boolean[] seen = new boolean[this.documents];
		int[] matched = new int[this.documents];
		int count = 0;
		for (String word : words) {
			Postings list = this.postings.get(word);
			if (list == null) {
				continue;
			}
			for (int i = 0; i < list.docs.length; i++) {
				int doc = list.docs[i];
				sums[doc] += list.weights[i];
				if (!seen[doc]) {
					seen[doc] = true;
					matched[count++] = doc;
				}
			}
		}
		return best(sums, matched, count, most);
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

	/** Every word's documents, frequencies and norms, and its statistics over the whole index, in one pass. */
	private static Map<String, Occurrences> occurrences(IndexReader reader, String field) throws IOException {
		Map<String, Occurrences> words = new HashMap<>();
		for (LeafReaderContext leaf : reader.leaves()) {
			Terms terms = leaf.reader().terms(field);
			if (terms == null) {
				continue;
			}
			NumericDocValues norms = leaf.reader().getNormValues(field);
			TermsEnum iterator = terms.iterator();
			PostingsEnum postings = null;
			for (BytesRef word = iterator.next(); word != null; word = iterator.next()) {
				Occurrences occurrences = words.computeIfAbsent(word.utf8ToString(), key -> new Occurrences());
				occurrences.totalTermFreq += iterator.totalTermFreq();
				postings = iterator.postings(postings, PostingsEnum.FREQS);
				for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
					long norm = norms != null && norms.advanceExact(doc) ? norms.longValue() : 1L;
					occurrences.add(leaf.docBase + doc, postings.freq(), norm);
				}
			}
		}
		return words;
	}

	/** Where one word occurs, gathered before its weights can be computed from its statistics. */
	private static final class Occurrences {

		private int[] docs = new int[4];

		private int[] freqs = new int[4];

		private long[] norms = new long[4];

		private int size;

		private long totalTermFreq;

		void add(int doc, int freq, long norm) {
			if (this.size == this.docs.length) {
				this.docs = Arrays.copyOf(this.docs, this.size * 2);
				this.freqs = Arrays.copyOf(this.freqs, this.size * 2);
				this.norms = Arrays.copyOf(this.norms, this.size * 2);
			}
			this.docs[this.size] = doc;
			this.freqs[this.size] = freq;
			this.norms[this.size++] = norm;
		}

		/** The word's weight in each example, by Lucene's similarity from the whole index's statistics. */
		Postings weigh(Similarity similarity, CollectionStatistics collection, String word) {
			TermStatistics statistics = new TermStatistics(new BytesRef(word), this.size, this.totalTermFreq);
			SimScorer scorer = similarity.scorer(1f, collection, statistics);
			float[] weights = new float[this.size];
			for (int i = 0; i < this.size; i++) {
				weights[i] = scorer.score(this.freqs[i], this.norms[i]);
			}
			return new Postings(Arrays.copyOf(this.docs, this.size), weights);
		}
	}
}
