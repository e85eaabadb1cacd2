package uk.sosafe.assistant.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.scheduling.TaskScheduler;

import uk.sosafe.assistant.cluster.ClusterSignals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Re-indexing picks up edited content without a restart, and broken content never replaces a good index. */
class LuceneKnowledgeBaseTest {

	@TempDir
	Path content;

	private LuceneKnowledgeBase knowledge;

	@BeforeEach
	void copyContent() throws IOException {
		Files.createDirectories(this.content.resolve("articles"));
		try (Stream<Path> files = Files.list(Path.of("content/articles"))) {
			for (Path file : files.toList()) {
				Files.copy(file, this.content.resolve("articles").resolve(file.getFileName()));
			}
		}
		Files.copy(Path.of("content/synonyms.txt"), this.content.resolve("synonyms.txt"));
		this.knowledge = new LuceneKnowledgeBase(this.content, new KnowledgeProperties(0.2, Duration.ZERO), null,
				new StaticListableBeanFactory().getBeanProvider(TaskScheduler.class),
				new StaticListableBeanFactory().getBeanProvider(ClusterSignals.class));
	}

	@Test
	void aReindexOnAnotherInstanceIsFollowedHereOnceAndOnlyOnce() {
		SingleConnectionDataSource database = new SingleConnectionDataSource("jdbc:sqlite::memory:", true);
		JdbcClient jdbc = JdbcClient.create(database);
		jdbc.sql("CREATE TABLE cluster_signals (name TEXT PRIMARY KEY, version BIGINT NOT NULL, at BIGINT NOT NULL)").update();
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("signals", new ClusterSignals(jdbc, Clock.systemUTC()));
		LuceneKnowledgeBase here = new LuceneKnowledgeBase(this.content, new KnowledgeProperties(0.2, Duration.ZERO), null,
				new StaticListableBeanFactory().getBeanProvider(TaskScheduler.class), beans.getBeanProvider(ClusterSignals.class));
		here.watchContent(null);
		here.reindexWhenContentChanges();
		assertThat(here.rebuilds()).as("nothing changed, nothing signalled").isZero();

		new ClusterSignals(jdbc, Clock.systemUTC()).raise(LuceneKnowledgeBase.REINDEX_SIGNAL);
		here.reindexWhenContentChanges();
		here.reindexWhenContentChanges();

		assertThat(here.rebuilds()).as("the other instance's re-index is followed once").isEqualTo(1);
		database.destroy();
	}

	@Test
	void aNewArticleIsAnsweredAfterReindexing() throws IOException {
		assertThat(this.knowledge.article("bike-marking")).isEmpty();
		Files.writeString(this.content.resolve("articles/bike-marking.md"), """
				---
				id: bike-marking
				title: Getting your bike security marked
				topic: general
				questions: ["where can i get my bicycle security marked", "bike marking event", "mark my bicycle frame"]
				summary: "Ask at a police bike marking event. To report a stolen bike call 101."
				routes: [police-non-emergency]
				sources: [https://www.herts.police.uk/]
				reviewed: 2026-11-26
				---
				Police run bike marking events. To report a stolen bike call 101.
				""");

		assertThat(this.knowledge.reindex()).isEqualTo(36);

		assertThat(this.knowledge.answer("where can i get my bicycle security marked"))
			.hasValueSatisfying(answer -> assertThat(answer.article().id()).isEqualTo("bike-marking"));
	}

	@Test
	void brokenContentIsRefusedAndTheOldIndexKeepsServing() throws IOException {
		Files.writeString(this.content.resolve("articles/broken.md"), "no front matter here");

		assertThatThrownBy(this.knowledge::reindex).isInstanceOf(ContentException.class).hasMessageContaining("broken.md");
		assertThat(this.knowledge.answer("what does cuckooing mean")).isPresent();
	}

	@Test
	void aChangedFolderIsReindexedByTheWatcher() throws IOException {
		String edited = Files.readString(this.content.resolve("articles/fraud-report.md"))
			.replace("title: ", "title: Zebra crossing fraud desk, ");
		Files.writeString(this.content.resolve("articles/fraud-report.md"), edited);

		this.knowledge.reindexWhenContentChanges();

		assertThat(this.knowledge.article("fraud-report"))
			.hasValueSatisfying(article -> assertThat(article.title()).startsWith("Zebra crossing fraud desk"));
	}
}
