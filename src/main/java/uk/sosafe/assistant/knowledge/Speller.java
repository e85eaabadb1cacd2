package uk.sosafe.assistant.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Corrects misspelt words against the content's own vocabulary, by symmetric deletion: every word and
 * every query word are stored or looked up with one (or, for long words, two) letters deleted, so a
 * correction is a few hash look-ups rather than a scan. Short words are never corrected.
 */
final class Speller {

	private static final int SHORTEST = 4;

	private final Map<String, Integer> frequency;

	private final Map<String, List<String>> byDeletion = new HashMap<>();

	Speller(Map<String, Integer> frequency) {
		this.frequency = frequency;
		for (String word : frequency.keySet()) {
			if (word.length() >= SHORTEST) {
				for (String variant : deletions(word, allowed(word))) {
					this.byDeletion.computeIfAbsent(variant, key -> new ArrayList<>(2)).add(word);
				}
			}
		}
	}

	/** The closest known word, most used on a tie, when the word itself is unknown and long enough. */
	Optional<String> correct(String word) {
		if (word.length() < SHORTEST || this.frequency.containsKey(word)) {
			return Optional.empty();
		}
		int allowed = allowed(word);
		String best = null;
		int bestDistance = Integer.MAX_VALUE;
		for (String variant : deletions(word, allowed)) {
			for (String candidate : this.byDeletion.getOrDefault(variant, List.of())) {
				int distance = distance(word, candidate, allowed);
				if (distance <= allowed && (distance < bestDistance || distance == bestDistance
						&& this.frequency.get(candidate) > this.frequency.get(best))) {
					best = candidate;
					bestDistance = distance;
				}
			}
		}
		return Optional.ofNullable(best);
	}

	private static int allowed(String word) {
		return word.length() >= 8 ? 2 : 1;
	}

	private static Set<String> deletions(String word, int depth) {
		Set<String> out = new HashSet<>();
		out.add(word);
		Set<String> frontier = Set.of(word);
		for (int d = 0; d < depth; d++) {
			Set<String> next = new HashSet<>();
			for (String current : frontier) {
				for (int i = 0; i < current.length(); i++) {
					next.add(current.substring(0, i) + current.substring(i + 1));
				}
			}
			out.addAll(next);
			frontier = next;
		}
		return out;
	}

	/** Optimal string alignment distance (Damerau: a swap of neighbours is one edit), or limit + 1. */
	static int distance(String a, String b, int limit) {
		if (Math.abs(a.length() - b.length()) > limit) {
			return limit + 1;
		}
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[a.length()][b.length()];
	}
}
