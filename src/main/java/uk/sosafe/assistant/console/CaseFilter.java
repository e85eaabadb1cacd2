package uk.sosafe.assistant.console;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import uk.sosafe.assistant.safety.CaseDesk.Summary;
import uk.sosafe.assistant.safety.CaseStatus;

/**
 * The case list's filters: status (open by default), category, how long ago it came in, and the order
 * (unclaimed first by default, oldest unclaimed at the top, since those are the ones waiting).
 */
record CaseFilter(String status, String category, String age, String order) {

	static final Map<String, Duration> AGES = Map.of("1h", Duration.ofHours(1), "1d", Duration.ofDays(1), "7d",
			Duration.ofDays(7), "30d", Duration.ofDays(30));

	CaseFilter {
		status = status == null || status.isBlank() ? "open" : status;
		category = category == null ? "" : category;
		age = age == null || !AGES.containsKey(age) ? "" : age;
		order = order == null || order.isBlank() ? "unclaimed" : order;
	}

	List<Summary> apply(List<Summary> cases, Instant now) {
		return cases.stream()
			.filter(this::statusMatches)
			.filter(found -> this.category.isEmpty() || this.category.equals(found.category()))
			.filter(found -> this.age.isEmpty() || found.createdAt().isBefore(now.minus(AGES.get(this.age))))
			.sorted(comparator())
			.toList();
	}

	private boolean statusMatches(Summary found) {
		return switch (this.status) {
			case "all" -> true;
			case "open" -> found.status() != CaseStatus.CLOSED;
			default -> found.status().name().equalsIgnoreCase(this.status);
		};
	}

	private Comparator<Summary> comparator() {
		Comparator<Summary> newest = Comparator.comparing(Summary::createdAt).reversed();
		return switch (this.order) {
			case "newest" -> newest;
			case "oldest" -> Comparator.comparing(Summary::createdAt);
			default -> Comparator.comparing((Summary found) -> found.status() != CaseStatus.NEW)
				.thenComparing(found -> found.status() == CaseStatus.NEW ? found.createdAt() : Instant.MAX)
				.thenComparing(newest);
		};
	}
}
