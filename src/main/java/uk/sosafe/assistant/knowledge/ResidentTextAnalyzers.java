package uk.sosafe.assistant.knowledge;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Analyzers for how residents write. Unlike {@code EnglishAnalyzer} they keep "no" and "not"; they fold
 * accents, drop possessives and a short list of filler words, and stem. The query analyzer also expands
 * synonyms and text-speak before stemming, so "bf" meets "boyfriend" and "scammed" meets "scam".
 */
final class ResidentTextAnalyzers {

	static final CharArraySet FILLER = new CharArraySet(List.of("a", "an", "the", "is", "are", "am", "was", "were",
			"be", "been", "to", "of", "and", "or", "in", "on", "at", "for", "with", "it", "its", "this", "that", "these",
			"those", "i", "im", "me", "my", "you", "u", "your", "ur", "we", "our", "do", "does", "did", "can", "could",
			"would", "should", "will", "what", "whats", "how", "who", "where", "when", "which", "there", "here", "so",
			"just", "about", "from", "as", "by", "if", "any", "some", "get", "got", "have", "has", "had", "please",
			"pls", "plz", "hi", "hello", "thanks", "thank", "ok", "okay", "really", "very", "also", "then", "them",
			"they", "he", "she", "his", "her", "him", "it's", "i'm", "there's", "what's", "dont", "don't", "know",
			"want", "need", "tell", "like", "one", "someone", "somebody", "something", "anyone", "thing", "things"),
			true);

	private ResidentTextAnalyzers() {
	}

	/** The analyzer for indexing articles. */
	static Analyzer indexing() {
		return analyzer(null);
	}

	/** The analyzer for residents' questions, expanding synonyms when there are any. */
	static Analyzer querying(SynonymMap synonyms) {
		return analyzer(synonyms);
	}

	/** Parses Solr-format synonyms, normalised like the text they will meet. */
	static SynonymMap synonyms(String solrFormat) {
		if (solrFormat.isBlank()) {
			return null;
		}
		try (Analyzer normalising = new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String field) {
				Tokenizer tokenizer = new StandardTokenizer();
				return new TokenStreamComponents(tokenizer, new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer)));
			}
		}) {
			SolrSynonymParser parser = new SolrSynonymParser(true, true, normalising);
			parser.parse(new StringReader(solrFormat));
			return parser.build();
		}
		catch (IOException | ParseException ex) {
			throw new ContentException("synonyms.txt cannot be read: " + ex.getMessage(), ex);
		}
	}

	/** The terms of a text grouped by position: each group holds a word and its synonyms. */
	static List<List<String>> termGroups(Analyzer analyzer, String text) {
		List<List<String>> groups = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("text", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				if (increment.getPositionIncrement() > 0 || groups.isEmpty()) {
					groups.add(new ArrayList<>());
				}
				groups.get(groups.size() - 1).add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return groups;
	}

	private static Analyzer analyzer(SynonymMap synonyms) {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String field) {
				Tokenizer tokenizer = new StandardTokenizer();
				TokenStream stream = new EnglishPossessiveFilter(tokenizer);
				stream = new StopFilter(new ASCIIFoldingFilter(new LowerCaseFilter(stream)), FILLER);
				if (synonyms != null) {
					stream = new SynonymGraphFilter(stream, synonyms, true);
				}
				return new TokenStreamComponents(tokenizer, new PorterStemFilter(stream));
			}
		};
	}
}
