package uk.sosafe.assistant.console;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.sosafe.assistant.safety.CaseDesk.Summary;
import uk.sosafe.assistant.safety.CaseStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** The case list's filters: open cases by default, the longest-waiting unclaimed one first. */
class CaseFilterTest {

	private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

	private final List<Summary> cases = List.of(
			summary("SS-OLDN", "cuckooing", CaseStatus.NEW, Duration.ofDays(3)),
			summary("SS-NEWN", "fraud-in-progress", CaseStatus.NEW, Duration.ofMinutes(10)),
			summary("SS-CLMD", "cuckooing", CaseStatus.CLAIMED, Duration.ofMinutes(5)),
			summary("SS-CNTC", "hate-crime", CaseStatus.IN_CONTACT, Duration.ofDays(10)),
			summary("SS-DONE", "cuckooing", CaseStatus.CLOSED, Duration.ofDays(40)));

	@Test
	void byDefaultOpenCasesWithTheLongestWaitingUnclaimedFirst() {
		assertThat(references(new CaseFilter(null, null, null, null))).containsExactly("SS-OLDN", "SS-NEWN", "SS-CLMD",
				"SS-CNTC");
	}

	@Test
	void statusCategoryAndAgeNarrowTheList() {
		assertThat(references(new CaseFilter("closed", "", "", ""))).containsExactly("SS-DONE");
		assertThat(references(new CaseFilter("all", "cuckooing", "", "newest"))).containsExactly("SS-CLMD", "SS-OLDN",
				"SS-DONE");
		assertThat(references(new CaseFilter("open", "", "1d", "oldest"))).containsExactly("SS-CNTC", "SS-OLDN");
		assertThat(references(new CaseFilter("in_contact", "", "", ""))).containsExactly("SS-CNTC");
		assertThat(references(new CaseFilter("open", "", "made-up", ""))).hasSize(4);
	}

	private List<String> references(CaseFilter filter) {
		return filter.apply(this.cases, NOW).stream().map(Summary::reference).toList();
	}

	private static Summary summary(String reference, String category, CaseStatus status, Duration ago) {
		return new Summary(reference, category, false, status, status == CaseStatus.NEW ? null : "jo", NOW.minus(ago), null);
	}
}
