package uk.sosafe.assistant.console;

import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.sosafe.assistant.audit.AuditTrail;
import uk.sosafe.assistant.knowledge.Article;
import uk.sosafe.assistant.knowledge.ContentException;
import uk.sosafe.assistant.knowledge.KnowledgeBase;
import uk.sosafe.assistant.knowledge.UnansweredQuestions;

/**
 * For comms staff and administrators: the articles with their review dates (those not reviewed for a year
 * first, highlighted), a button to re-index the content now, and the questions no article answered
 * (scrubbed of personal details), most asked first.
 */
@ConsolePage
class ContentPages {

	private static final int GAPS_SHOWN = 200;

	private final KnowledgeBase knowledge;

	private final UnansweredQuestions unanswered;

	private final AuditTrail audit;

	private final ConsoleProperties properties;

	private final LondonTime time;

	private final Clock clock;

	ContentPages(KnowledgeBase knowledge, UnansweredQuestions unanswered, AuditTrail audit, ConsoleProperties properties,
			LondonTime time, Clock clock) {
		this.knowledge = knowledge;
		this.unanswered = unanswered;
		this.audit = audit;
		this.properties = properties;
		this.time = time;
		this.clock = clock;
	}

	@GetMapping("/console/content")
	String articles(Model model) {
		LocalDate dueBefore = this.time.today(this.clock.instant()).minus(this.properties.reviewAfter());
		List<ArticleRow> rows = this.knowledge.articles().stream()
			.map(article -> new ArticleRow(article, article.reviewed() == null || article.reviewed().isBefore(dueBefore)))
			.sorted(Comparator.comparing(ArticleRow::due).reversed()
				.thenComparing(row -> row.article().reviewed(), Comparator.nullsFirst(Comparator.naturalOrder()))
				.thenComparing(row -> row.article().title()))
			.toList();
		model.addAttribute("rows", rows);
		model.addAttribute("dueCount", rows.stream().filter(ArticleRow::due).count());
		return "console/content";
	}

	@PostMapping("/console/content/reindex")
	String reindex(Principal principal, RedirectAttributes redirect) {
		try {
			int articles = this.knowledge.reindex();
			this.audit.record(principal.getName(), "CONTENT_REINDEXED", null, articles + " articles");
			redirect.addFlashAttribute("done", "The content was re-indexed: residents are now answered from "
					+ articles + " articles.");
		}
		catch (ContentException ex) {
			this.audit.record(principal.getName(), "CONTENT_REINDEX_FAILED", null, null);
			redirect.addFlashAttribute("problem", "The content could not be re-indexed, so the previous index is still "
					+ "in use: " + ex.getMessage());
		}
		return "redirect:/console/content";
	}

	@GetMapping("/console/gaps")
	String gaps(Model model) {
		model.addAttribute("gaps", this.unanswered.mostAsked(GAPS_SHOWN));
		model.addAttribute("shown", GAPS_SHOWN);
		return "console/gaps";
	}

	/** An article and whether its review is due. */
	record ArticleRow(Article article, boolean due) {
	}
}
