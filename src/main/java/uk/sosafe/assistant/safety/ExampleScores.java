package uk.sosafe.assistant.safety;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
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
			if (collection == null) {
				return;
			}
			for (String word : words(reader, field)) {
				Term term = new Term(field, word);
				TermStates states = TermStates.build(searcher, term, true);
				SimScorer scorer = searcher.getSimilarity()
					.scorer(1f, collection, searcher.termStatistics(term, states.docFreq(), states.totalTermFreq()));
				this.postings.put(word, postings(reader, term, scorer, states.docFreq()));
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

	private static Hit[] best(double[] sums, int[] matched, int count, int most) {
		Hit[] best = new Hit[Math.min(most, count)];
		int size = 0;
		for (int i = 0; i < count; i++) {
			Hit hit = new Hit(matched[i], (float) sums[matched[i]]);
			if (size == best.length && !before(hit, best[size - 1])) {
				continue;
			}
			int at = size == best.length ? size - 1 : size++;
			while (at > 0 && before(hit, best[at - 1])) {
				best[at] = best[at - 1];
				at--;
			}
			best[at] = hit;
		}
		return best;
	}

	private static boolean before(Hit a, Hit b) {
		return a.score > b.score || (a.score == b.score && a.doc < b.doc);
	}

	private static TreeSet<String> words(IndexReader reader, String field) throws IOException {
		TreeSet<String> words = new TreeSet<>();
		for (LeafReaderContext leaf : reader.leaves()) {
			Terms terms = leaf.reader().terms(field);
			if (terms == null) {
				continue;
			}
			TermsEnum iterator = terms.iterator();
			for (BytesRef word = iterator.next(); word != null; word = iterator.next()) {
				words.add(word.utf8ToString());
			}
		}
		return words;
	}

	private static Postings postings(IndexReader reader, Term term, SimScorer scorer, int docFreq) throws IOException {
		int[] docs = new int[docFreq];
		float[] weights = new float[docFreq];
		int n = 0;
		for (LeafReaderContext leaf : reader.leaves()) {
			PostingsEnum postings = leaf.reader().postings(term, PostingsEnum.FREQS);
			if (postings == null) {
				continue;
			}
			NumericDocValues norms = leaf.reader().getNormValues(term.field());
			for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
				long norm = norms != null && norms.advanceExact(doc) ? norms.longValue() : 1L;
				docs[n] = leaf.docBase + doc;
				weights[n++] = scorer.score(postings.freq(), norm);
			}
		}
		return new Postings(Arrays.copyOf(docs, n), Arrays.copyOf(weights, n));
	}
}
