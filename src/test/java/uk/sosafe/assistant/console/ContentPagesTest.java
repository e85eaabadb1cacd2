package uk.sosafe.assistant.console;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.ui.ExtendedModelMap;

import uk.sosafe.assistant.MutableClock;
import uk.sosafe.assistant.audit.AuditTrail;
import uk.sosafe.assistant.knowledge.Article;
import uk.sosafe.assistant.knowledge.KnowledgeBase;
import uk.sosafe.assistant.knowledge.UnansweredQuestions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Articles not reviewed for a year (in London dates) come first on the content page, marked for review. */
class ContentPagesTest {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T10:00:00Z"));

	private final KnowledgeBase knowledge = mock(KnowledgeBase.class);

	private final ContentPages pages = new ContentPages(this.knowledge, mock(UnansweredQuestions.class),
			mock(AuditTrail.class), new ConsoleProperties(Duration.ofMinutes(30), Period.ofMonths(12)), new LondonTime(),
			this.clock);

	@Test
	void articlesNotReviewedForAYearComeFirstAndAreMarked() {
		when(this.knowledge.articles()).thenReturn(List.of(article("fresh", "2026-10-01"), article("stale", "2025-11-25"),
				article("borderline", "2025-11-26"), article("older", "2024-01-01")));
		ExtendedModelMap model = new ExtendedModelMap();

		assertThat(this.pages.articles(model)).isEqualTo("console/content");

		@SuppressWarnings("unchecked")
		List<ContentPages.ArticleRow> rows = (List<ContentPages.ArticleRow>) model.get("rows");
		assertThat(rows).extracting(row -> row.article().id()).containsExactly("older", "stale", "borderline", "fresh");
		assertThat(rows).extracting(ContentPages.ArticleRow::due).containsExactly(true, true, false, false);
		assertThat(model.get("dueCount")).isEqualTo(2L);
	}

	private static Article article(String id, String reviewed) {
		return new Article(id, "Title " + id, "fraud", List.of("q"), "summary", "body", List.of(), List.of(), List.of(),
				LocalDate.parse(reviewed));
	}
}
