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

import uk.sosafe.assistant.cluster.ClusterSignals;

/**
 * The knowledge base over a Lucene index of the content folder. The index is built at start and
 * rebuilt when the content changes (or on request); a new index replaces the old one only once it is
 * complete, so a half-built index is never served, and broken content leaves the old one in place.
 */
@Component
class LuceneKnowledgeBase implements KnowledgeBase, HealthIndicator {

	private static final Logger log = LoggerFactory.getLogger(LuceneKnowledgeBase.class);

	/** Raised when an administrator re-indexes, so every instance re-reads its content folder. */
	static final String REINDEX_SIGNAL = "content-reindex";

	private final Path contentDir;

	private final KnowledgeProperties properties;

	private final UnansweredQuestions unanswered;

	private final ObjectProvider<TaskScheduler> scheduler;

	private final ObjectProvider<ClusterSignals> signals;

	private volatile ArticleIndex index;

	/** The last re-index signal from any instance that this one has acted on. */
	private volatile long signalSeen;

	/** How many times the index was rebuilt since start. */
	private volatile int rebuilds;

	LuceneKnowledgeBase(@Value("${sosafe.content-dir:./content}") Path contentDir, KnowledgeProperties properties,
			UnansweredQuestions unanswered, ObjectProvider<TaskScheduler> scheduler,
			ObjectProvider<ClusterSignals> signals) {
		this.contentDir = contentDir;
		this.signals = signals;
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

	int rebuilds() {
		return this.rebuilds;
	}

	/** Re-indexes here, and signals every other instance to re-index too. */
	@Override
	public void withdrawUnanswered(String question) {
		this.unanswered.withdraw(question);
	}

	@Override
	public synchronized int reindex() {
		int articles = rebuild();
		this.signals.ifAvailable(cluster -> this.signalSeen = cluster.raise(REINDEX_SIGNAL));
		return articles;
	}

	private synchronized int rebuild() {
		ArticleIndex rebuilt = ArticleIndex.build(Content.load(this.contentDir));
		this.index = rebuilt;
		this.rebuilds++;
		log.info("Re-indexed {} articles", rebuilt.content().articles().size());
		return rebuilt.content().articles().size();
	}

	private long currentSignal() {
		try {
			ClusterSignals cluster = this.signals.getIfAvailable();
			return cluster == null ? this.signalSeen : cluster.current(REINDEX_SIGNAL);
		}
		catch (RuntimeException ex) {
			log.debug("Could not read the re-index signal: {}", ex.getClass().getSimpleName());
			return this.signalSeen;
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	void watchContent(ApplicationReadyEvent event) {
		this.signalSeen = currentSignal();
		Duration every = this.properties.reloadCheck();
		if (!every.isZero() && !every.isNegative()) {
			this.scheduler.ifAvailable(scheduler -> scheduler.scheduleWithFixedDelay(this::reindexWhenContentChanges,
					Instant.now().plus(every), every));
		}
	}

	void reindexWhenContentChanges() {
		long signal = currentSignal();
		if (signal == this.signalSeen && Content.fingerprint(this.contentDir).equals(this.index.content().fingerprint())) {
			return;
		}
		try {
			rebuild();
			this.signalSeen = signal;
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
