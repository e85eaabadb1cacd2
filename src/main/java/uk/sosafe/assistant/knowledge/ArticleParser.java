package uk.sosafe.assistant.knowledge;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/** Reads one article: YAML front matter between two {@code ---} lines, then the Markdown body. */
final class ArticleParser {

	static final int MAX_SUMMARY = 300;

	private ArticleParser() {
	}

	static Article parse(String fileName, String text) {
		String normalised = text.replace("\r\n", "\n").stripLeading();
		if (!normalised.startsWith("---\n")) {
			throw new ContentException(fileName + ": must start with front matter between --- lines");
		}
		int end = normalised.indexOf("\n---", 4);
		if (end < 0) {
			throw new ContentException(fileName + ": front matter is not closed with a --- line");
		}
		Map<String, Object> front = yaml(fileName, normalised.substring(4, end));
		String body = normalised.substring(normalised.indexOf('\n', end + 1) + 1).strip();
		Article article = new Article(string(fileName, front, "id"), string(fileName, front, "title"),
				string(fileName, front, "topic"), list(fileName, front, "questions", true),
				string(fileName, front, "summary"), body, list(fileName, front, "routes", true),
				list(fileName, front, "related", false), list(fileName, front, "sources", true),
				date(fileName, front));
		check(fileName, article);
		return article;
	}

	private static void check(String fileName, Article article) {
		if (!fileName.equals(article.id() + ".md")) {
			throw new ContentException(fileName + ": id '" + article.id() + "' must match the file name");
		}
		if (article.summary().length() > MAX_SUMMARY) {
			throw new ContentException(fileName + ": summary is " + article.summary().length()
					+ " characters; the most is " + MAX_SUMMARY);
		}
		if (article.body().isBlank()) {
			throw new ContentException(fileName + ": the body is empty");
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> yaml(String fileName, String text) {
		try {
			Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
			if (loaded instanceof Map<?, ?> map) {
				return (Map<String, Object>) map;
			}
			throw new ContentException(fileName + ": front matter must be a YAML mapping");
		}
		catch (YAMLException ex) {
			throw new ContentException(fileName + ": front matter is not valid YAML: " + ex.getMessage(), ex);
		}
	}

	private static String string(String fileName, Map<String, Object> front, String field) {
		Object value = front.get(field);
		if (value == null || value.toString().isBlank()) {
			throw new ContentException(fileName + ": front matter needs '" + field + "'");
		}
		return value.toString().strip();
	}

	private static List<String> list(String fileName, Map<String, Object> front, String field, boolean required) {
		Object value = front.get(field);
		if (value == null && !required) {
			return List.of();
		}
		if (!(value instanceof List<?> items) || items.isEmpty()) {
			throw new ContentException(fileName + ": front matter needs '" + field + "' as a non-empty list");
		}
		return items.stream().map(item -> String.valueOf(item).strip()).toList();
	}

	private static LocalDate date(String fileName, Map<String, Object> front) {
		Object value = front.get("reviewed");
		if (value instanceof Date date) {
			return date.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
		}
		try {
			return LocalDate.parse(string(fileName, front, "reviewed"));
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw new ContentException(fileName + ": 'reviewed' must be a date like 2026-11-26", ex);
		}
	}
}
