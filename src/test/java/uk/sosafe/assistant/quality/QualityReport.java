package uk.sosafe.assistant.quality;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Counts and failures for one labelled set, printed as a Markdown table. */
final class QualityReport {

	record Ratio(int hits, int total) {

		double value() {
			return this.total == 0 ? 1.0 : (double) this.hits / this.total;
		}

		@Override
		public String toString() {
			return String.format(Locale.ROOT, "%.1f%% (%d/%d)", 100 * value(), this.hits, this.total);
		}
	}

	final String set;

	final Map<String, Ratio> figures = new LinkedHashMap<>();

	final List<String> misses = new ArrayList<>();

	QualityReport(String set) {
		this.set = set;
	}

	/** Records a figure; a set without messages of that kind (no topic file, say) has no figure for it. */
	void put(String name, int hits, int total) {
		if (total > 0) {
			this.figures.put(name, new Ratio(hits, total));
		}
	}

	double value(String name) {
		return this.figures.get(name).value();
	}

	String markdown() {
		StringBuilder out = new StringBuilder("| " + this.set + " | figure |\n|---|---|\n");
		this.figures.forEach((name, ratio) -> out.append("| ").append(name).append(" | ").append(ratio).append(" |\n"));
		return out.toString();
	}
}
