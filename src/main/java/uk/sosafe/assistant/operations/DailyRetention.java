package uk.sosafe.assistant.operations;

import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import uk.sosafe.assistant.cluster.ClusterLeases;
import uk.sosafe.assistant.conversation.spi.RetentionRule;

/**
 * Once a day (at {@code sosafe.retention.daily-at}, Europe/London; default 03:30) every module deletes
 * what it holds past its retention period, and the counts are logged by kind, with no personal data. A
 * kind that fails is logged and the others still run.
 */
@Component
class DailyRetention {

	private static final Logger log = LoggerFactory.getLogger(DailyRetention.class);

	static final int FAILED = -1;

	private final List<RetentionRule> rules;

	private final ClusterLeases leases;

	DailyRetention(List<RetentionRule> rules, ClusterLeases leases) {
		this.rules = rules.stream().sorted(Comparator.comparing(RetentionRule::kind)).toList();
		this.leases = leases;
	}

	/** On one instance: the lease is taken for longer than a run, so the others, due at the same time, skip. */
	@Scheduled(cron = "${sosafe.retention.daily-at:0 30 3 * * *}", zone = "Europe/London")
	void daily() {
		this.leases.runIfHeld("daily-retention", Duration.ofHours(1), this::run);
	}

	/** Runs every rule now and returns how many records each deleted ({@link #FAILED} when it failed). */
	Map<String, Integer> run() {
		Map<String, Integer> deleted = new LinkedHashMap<>();
		for (RetentionRule rule : this.rules) {
			try {
				deleted.put(rule.kind(), rule.deleteExpired());
			}
			catch (RuntimeException ex) {
				log.error("Retention of {} failed", rule.kind(), ex);
				deleted.put(rule.kind(), FAILED);
			}
		}
		log.info("Retention: {}", deleted.entrySet().stream()
			.map(kind -> kind.getKey() + " " + (kind.getValue() == FAILED ? "failed" : kind.getValue() + " deleted"))
			.collect(Collectors.joining(", ")));
		return deleted;
	}
}
