package uk.sosafe.assistant.knowledge;

/** Bounded Levenshtein distance, for judging whether a misspelt word is near an article's word. */
final class EditDistance {

	private EditDistance() {
	}

	static boolean within(String a, String b, int limit) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			int rowMinimum = current[0];
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
				rowMinimum = Math.min(rowMinimum, current[j]);
			}
			if (rowMinimum > limit) {
				return false;
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()] <= limit;
	}
}
