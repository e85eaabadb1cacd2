package uk.sosafe.assistant.safety;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Reads the sample questions from the articles' front matter, nothing else. */
final class ArticleQuestions {

	private ArticleQuestions() {
	}

	static List<String> read(Path articles) {
		if (!Files.isDirectory(articles)) {
			return List.of();
		}
		List<String> questions = new ArrayList<>();
		try (Stream<Path> files = Files.list(articles)) {
			for (Path file : files.filter(path -> path.toString().endsWith(".md")).sorted().toList()) {
				questions.addAll(questionsIn(Files.readString(file, StandardCharsets.UTF_8)));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the articles in " + articles, ex);
		}
		return questions;
	}

	private static List<String> questionsIn(String article) {
		String text = article.replace("\r\n", "\n").stripLeading();
		int end = text.indexOf("\n---", 4);
		if (!text.startsWith("---\n") || end < 0) {
			return List.of();
		}
		Object front = new Yaml(new SafeConstructor(new LoaderOptions())).load(text.substring(4, end));
		if (front instanceof Map<?, ?> map && map.get("questions") instanceof List<?> list) {
			return list.stream().map(String::valueOf).toList();
		}
		return List.of();
	}
}
