package uk.sosafe.assistant.console;

import java.security.Principal;
import java.time.Clock;
import java.util.List;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.sosafe.assistant.safety.CaseDesk;
import uk.sosafe.assistant.safety.CaseDesk.Details;
import uk.sosafe.assistant.safety.CaseDesk.Officer;
import uk.sosafe.assistant.safety.CaseRuleException;
import uk.sosafe.assistant.safety.RoutingRules;
import uk.sosafe.assistant.staff.Role;
import uk.sosafe.assistant.staff.StaffAccount;
import uk.sosafe.assistant.staff.StaffDirectory;

/**
 * Case work in the console, through {@link CaseDesk} only: officers see and work their teams' cases;
 * administrators list and open every case, but act only on those routed to their own teams (and only
 * with the officer role). Every view is audited by the desk; a rule that refuses a form is shown next
 * to it.
 */
@ConsolePage
@RequestMapping("/console/cases")
class CasePages {

	static final int MAX_TEXT = 2_000;

	private final CaseDesk desk;

	private final StaffDirectory staff;

	private final Clock clock;

	CasePages(CaseDesk desk, StaffDirectory staff, Clock clock) {
		this.desk = desk;
		this.staff = staff;
		this.clock = clock;
	}

	@GetMapping
	String list(Principal principal, @ModelAttribute("filter") CaseFilter filter, Model model) {
		StaffAccount account = account(principal);
		boolean oversight = account.roles().contains(Role.ADMIN);
		List<CaseDesk.Summary> cases = oversight ? this.desk.allCases(account.username())
				: this.desk.casesFor(officer(account));
		model.addAttribute("cases", filter.apply(cases, this.clock.instant()));
		model.addAttribute("total", cases.size());
		model.addAttribute("categories", RoutingRules.CATEGORIES);
		model.addAttribute("oversight", oversight);
		model.addAttribute("now", this.clock.instant());
		return "console/cases";
	}

	@GetMapping("/{reference}")
	String view(Principal principal, @PathVariable String reference, Model model) {
		return page(account(principal), reference, FormErrors.none(), model);
	}

	@PostMapping("/{reference}/claim")
	String claim(Principal principal, @PathVariable String reference, RedirectAttributes redirect) {
		return act(reference, redirect, "You claimed this case.",
				() -> this.desk.claim(officer(account(principal)), reference));
	}

	@PostMapping("/{reference}/reply")
	String reply(Principal principal, @PathVariable String reference, @RequestParam(defaultValue = "") String text,
			Model model, RedirectAttributes redirect) {
		String problem = text.isBlank() ? "Enter your reply" : text.length() > MAX_TEXT ? "The reply must be 2,000 characters or fewer" : null;
		if (problem != null) {
			model.addAttribute("replyText", text);
			return page(account(principal), reference, FormErrors.none().add("text", problem), model);
		}
		return act(reference, redirect, "Your reply is queued for the resident's own chat.",
				() -> this.desk.reply(officer(account(principal)), reference, text));
	}

	@PostMapping("/{reference}/close")
	String close(Principal principal, @PathVariable String reference, @RequestParam(defaultValue = "") String outcome,
			Model model, RedirectAttributes redirect) {
		String problem = outcome.isBlank() ? "Enter the outcome of the case"
				: outcome.length() > MAX_TEXT ? "The outcome must be 2,000 characters or fewer" : null;
		if (problem != null) {
			model.addAttribute("outcomeText", outcome);
			return page(account(principal), reference, FormErrors.none().add("outcome", problem), model);
		}
		return act(reference, redirect, "The case is closed.",
				() -> this.desk.close(officer(account(principal)), reference, outcome));
	}

	private String page(StaffAccount account, String reference, FormErrors errors, Model model) {
		boolean officer = account.roles().contains(Role.OFFICER);
		Details details = null;
		if (officer) {
			try {
				details = this.desk.view(officer(account), reference);
			}
			catch (CaseRuleException ex) {
				if (ex.rule() != CaseRuleException.Rule.NOT_YOUR_TEAM || !account.roles().contains(Role.ADMIN)) {
					throw ex;
				}
			}
		}
		boolean routed = details != null;
		if (details == null) {
			details = this.desk.inspect(account.username(), reference);
		}
		model.addAttribute("found", details);
		model.addAttribute("me", account.username());
		model.addAttribute("mayAct", routed);
		model.addAttribute("errors", errors);
		return "console/case";
	}

	private String act(String reference, RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("done", done);
		}
		catch (CaseRuleException ex) {
			if (ex.rule() == CaseRuleException.Rule.NOT_YOUR_TEAM || ex.rule() == CaseRuleException.Rule.ACCOUNT_NOT_ALLOWED) {
				throw ex;
			}
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return reference.matches("[A-Za-z0-9-]{1,32}") ? "redirect:/console/cases/" + reference : "redirect:/console/cases";
	}

	private StaffAccount account(Principal principal) {
		return this.staff.find(principal.getName()).orElseThrow();
	}

	private static Officer officer(StaffAccount account) {
		return new Officer(account.username(), account.teams());
	}
}
