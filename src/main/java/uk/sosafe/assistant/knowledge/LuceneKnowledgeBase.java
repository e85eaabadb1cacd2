package uk.sosafe.assistant.knowledge;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * The knowledge base over a Lucene index of the content folder. The index is built at start and
 * rebuilt when the content changes (or on request); a new index replaces the old one only once it is
 * complete, so a half-built index is never served, and broken content leaves the old one in place.
 */
@Component
class LuceneKnowledgeBase implements KnowledgeBase, HealthIndicator {

	private static final Logger log = LoggerFactory.getLogger(LuceneKnowledgeBase.class);

	private final Path contentDir;

	private final KnowledgeProperties properties;

	private final UnansweredQuestions unanswered;

	private final ObjectProvider<TaskScheduler> scheduler;

	private volatile ArticleIndex index;

	LuceneKnowledgeBase(@Value("${sosafe.content-dir:./content}") Path contentDir, KnowledgeProperties properties,
			UnansweredQuestions unanswered, ObjectProvider<TaskScheduler> scheduler) {
		this.contentDir = contentDir;
		this.scheduler = scheduler;
		this.properties = properties;
		this.unanswered = unanswered;
		this.index = ArticleIndex.build(Content.load(contentDir));
		log.info("Indexed {} articles from {}", this.index.content().articles().size(), contentDir.toAbsolutePath());
	}

	@Override
	public Optional<Answer> answer(String question) {
		return this.index.search(question).filter(answer -> answer.confidence() >= this.properties.minConfidence());
	}

	/** The best match whatever its confidence, for calibration and diagnostics. */
	Optional<Answer> bestMatch(String question) {
		return this.index.search(question);
	}

	@Override
	public Optional<Article> article(String id) {
		return Optional.ofNullable(this.index.content().articles().get(id));
	}

	@Override
	public List<Article> articles() {
		return this.index.content().articles().values().stream().sorted(Comparator.comparing(Article::id)).toList();
	}

	@Override
	public List<Article> articlesOn(String topic) {
		return this.index.content().articles().values().stream().filter(article -> article.topic().equals(topic))
			.sorted(Comparator.comparing(Article::id)).toList();
	}

	@Override
	public void recordUnanswered(String question) {
		this.unanswered.record(question);
	}

	@Override
	public void withdrawUnanswered(String question) {
		this.unanswered.withdraw(question);
	}

	@Override
	public synchronized int reindex() {
		ArticleIndex rebuilt = ArticleIndex.build(Content.load(this.contentDir));
		this.index = rebuilt;
		log.info("Re-indexed {} articles", rebuilt.content().articles().size());
		return rebuilt.content().articles().size();
	}

	@EventListener(ApplicationReadyEvent.class)
	void watchContent(ApplicationReadyEvent event) {
		Duration every = this.properties.reloadCheck();
		if (!every.isZero() && !every.isNegative()) {
			this.scheduler.ifAvailable(scheduler -> scheduler.scheduleWithFixedDelay(this::reindexWhenContentChanges,
					Instant.now().plus(every), every));
		}
	}

	void reindexWhenContentChanges() {
		if (Content.fingerprint(this.contentDir).equals(this.index.content().fingerprint())) {
			return;
		}
		try {
			reindex();
		}
		catch (RuntimeException ex) {
			log.error("Content changed but cannot be indexed; still serving the previous index: {}", ex.getMessage());
		}
	}

	@Override
	public Health health() {
		return Health.up().withDetail("articles", this.index.content().articles().size()).build();
	}
}
