package uk.sosafe.assistant.survey;

import java.util.List;

import uk.sosafe.assistant.survey.Question.Type;

/**
 * Responses as CSV for a spreadsheet: UTF-8 with a byte order mark (so Excel reads accents and
 * symbols right), CRLF lines, a header of question ids, one row per response and one column per
 * question, multiple choices joined with "; ". Free text that a spreadsheet would run as a formula is
 * quoted with a leading apostrophe.
 */
final class ResultsCsv {

	private static final String BOM = "\uFEFF";

	private ResultsCsv() {
	}

	static String write(SurveyDefinition survey, List<Answers> responses) {
		StringBuilder csv = new StringBuilder(BOM);
		csv.append(String.join(",", survey.questions().stream().map(question -> cell(question.id())).toList())).append("\r\n");
		for (Answers answers : responses) {
			List<String> cells = survey.questions().stream().map(question -> {
				String value = String.join("; ", answers.of(question.id()).stream().map(question::labelOf).toList());
				return cell(question.type() == Type.FREE_TEXT ? defused(value) : value);
			}).toList();
			csv.append(String.join(",", cells)).append("\r\n");
		}
		return csv.toString();
	}

	private static String defused(String text) {
		return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
	}

	private static String cell(String value) {
		boolean quote = value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r");
		return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
	}
}
