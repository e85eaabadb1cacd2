package uk.sosafe.assistant.survey;

import java.util.List;
import java.util.Locale;

import uk.sosafe.assistant.survey.SurveyResults.OptionCount;
import uk.sosafe.assistant.survey.SurveyResults.QuestionResult;

/**
 * One question's counts as a plain horizontal bar chart in SVG: a title and a description that reads
 * out every figure (for screen readers), a labelled bar per answer with its share and count, and
 * "fewer than 5" instead of a bar where a count is suppressed. No scripts, no external fonts.
 */
final class BarChartSvg {

	private static final int BAR_WIDTH = 280;

	/** Room after a bar for its figure, like "100.0% (1234)". */
	private static final int FIGURE_WIDTH = 110;

	private static final int ROW = 30;

	private static final int TOP = 40;

	private BarChartSvg() {
	}

	static String draw(SurveyDefinition survey, QuestionResult result) {
		String id = "chart-" + survey.id() + "-" + result.id();
		List<OptionCount> rows = result.options();
		int labelWidth = labelWidth(rows);
		int width = labelWidth + BAR_WIDTH + FIGURE_WIDTH;
		int height = TOP + rows.size() * ROW + 10;
		StringBuilder svg = new StringBuilder()
			.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"").append(height)
			.append("\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\" role=\"img\" aria-labelledby=\"")
			.append(id).append("-title ").append(id).append("-desc\" font-family=\"Arial, Helvetica, sans-serif\" font-size=\"14\">\n")
			.append("<title id=\"").append(id).append("-title\">").append(escape(result.text())).append("</title>\n")
			.append("<desc id=\"").append(id).append("-desc\">").append(escape(description(result))).append("</desc>\n")
			.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n")
			.append("<text x=\"8\" y=\"24\" font-weight=\"bold\" fill=\"#0b0c0c\">").append(escape(shortened(result.text())))
			.append("</text>\n");
		for (int i = 0; i < rows.size(); i++) {
			row(svg, rows.get(i), TOP + i * ROW, labelWidth);
		}
		return svg.append("</svg>\n").toString();
	}

	/** Wide enough for the longest label at about 7.5 pixels a character, within sensible bounds. */
	private static int labelWidth(List<OptionCount> rows) {
		int longest = rows.stream().mapToInt(option -> option.label().length()).max().orElse(0);
		return Math.max(120, Math.min(460, longest * 15 / 2 + 16));
	}

	private static void row(StringBuilder svg, OptionCount option, int y, int labelWidth) {
		svg.append("<text x=\"").append(labelWidth - 8).append("\" y=\"").append(y + 19)
			.append("\" text-anchor=\"end\" fill=\"#0b0c0c\">").append(escape(option.label())).append("</text>\n");
		if (option.figure().suppressed()) {
			svg.append("<text x=\"").append(labelWidth).append("\" y=\"").append(y + 19)
				.append("\" fill=\"#505a5f\">fewer than ").append(SurveyResults.THRESHOLD).append("</text>\n");
			return;
		}
		double percent = option.figure().percent() == null ? 0 : option.figure().percent();
		long length = Math.round(BAR_WIDTH * percent / 100);
		svg.append("<rect x=\"").append(labelWidth).append("\" y=\"").append(y + 4).append("\" width=\"").append(length)
			.append("\" height=\"").append(ROW - 8).append("\" fill=\"#1d70b8\"/>\n")
			.append("<text x=\"").append(labelWidth + length + 6).append("\" y=\"").append(y + 19).append("\" fill=\"#0b0c0c\">")
			.append(figure(option)).append("</text>\n");
	}

	private static String description(QuestionResult result) {
		StringBuilder text = new StringBuilder("Answers to \"" + result.text() + "\": ");
		List<String> parts = result.options().stream()
			.map(option -> option.label() + " " + (option.figure().suppressed()
					? "fewer than " + SurveyResults.THRESHOLD : figure(option)))
			.toList();
		return text.append(String.join("; ", parts)).append('.').toString();
	}

	private static String figure(OptionCount option) {
		return String.format(Locale.ROOT, "%.1f%% (%d)", option.figure().percent(), option.figure().count());
	}

	private static String shortened(String text) {
		return text.length() <= 80 ? text : text.substring(0, 77) + "...";
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
