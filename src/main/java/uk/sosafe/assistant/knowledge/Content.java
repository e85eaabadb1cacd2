package uk.sosafe.assistant.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The articles and synonyms read from the content folder, checked as a whole: unique ids, and related
 * articles that exist.
 *
 * @param articles by id, in file-name order
 * @param synonyms the synonyms file's text (Solr format), empty when there is none
 * @param fingerprint changes whenever a file is added, removed or modified
 */
record Content(Map<String, Article> articles, String synonyms, String fingerprint) {

	static Content load(Path folder) {
		Path articlesFolder = folder.resolve("articles");
		if (!Files.isDirectory(articlesFolder)) {
			throw new ContentException("No articles folder at " + articlesFolder.toAbsolutePath());
		}
		Map<String, Article> articles = new LinkedHashMap<>();
		for (Path file : markdownFiles(articlesFolder)) {
			Article article = ArticleParser.parse(file.getFileName().toString(), read(file));
			articles.put(article.id(), article);
		}
		if (articles.isEmpty()) {
			throw new ContentException("No articles in " + articlesFolder.toAbsolutePath());
		}
		checkRelated(articles);
		Path synonyms = folder.resolve("synonyms.txt");
		String synonymText = Files.exists(synonyms) ? read(synonyms) : "";
		return new Content(Map.copyOf(articles), synonymText, fingerprint(folder));
	}

	/** A cheap signature of the folder's files (names, sizes, times) to notice edits. */
	static String fingerprint(Path folder) {
		try (Stream<Path> files = Files.walk(folder)) {
			StringBuilder signature = new StringBuilder();
			files.filter(Files::isRegularFile).sorted().forEach(file -> {
				try {
					signature.append(file).append(':').append(Files.size(file)).append(':')
						.append(Files.getLastModifiedTime(file).toMillis()).append('\n');
				}
				catch (IOException ex) {
					signature.append(file).append(":gone\n");
				}
			});
			return Integer.toHexString(signature.toString().hashCode()) + ":" + signature.length();
		}
		catch (IOException ex) {
			return "unreadable";
		}
	}

	private static void checkRelated(Map<String, Article> articles) {
		for (Article article : articles.values()) {
			for (String related : article.related()) {
				if (!articles.containsKey(related)) {
					throw new ContentException(article.id() + ".md: related article '" + related + "' does not exist");
				}
			}
		}
	}

	private static List<Path> markdownFiles(Path folder) {
		try (Stream<Path> files = Files.list(folder)) {
			return new ArrayList<>(files.filter(file -> file.toString().endsWith(".md")).sorted().toList());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list " + folder, ex);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new ContentException("Cannot read " + file + ": " + ex.getMessage(), ex);
		}
	}
}
