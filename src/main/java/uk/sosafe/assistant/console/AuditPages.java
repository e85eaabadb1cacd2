package uk.sosafe.assistant.console;

import java.security.Principal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import uk.sosafe.assistant.audit.AuditQuery;
import uk.sosafe.assistant.audit.AuditTrail;
import uk.sosafe.assistant.audit.ChainCheck;

/**
 * Administrators search the audit trail (by who, what, which case or account, and dates in London time)
 * and check the whole chain: the result names the first entry that no longer matches. Checking is
 * itself audited.
 */
@ConsolePage
@RequestMapping("/console/audit")
class AuditPages {

	private static final int SHOWN = 200;

	private final AuditTrail trail;

	AuditPages(AuditTrail trail) {
		this.trail = trail;
	}

	@GetMapping
	String search(@RequestParam(defaultValue = "") String actor, @RequestParam(defaultValue = "") String action,
			@RequestParam(defaultValue = "") String subject, @RequestParam(name = "from-day", defaultValue = "") String fromDay,
			@RequestParam(name = "from-month", defaultValue = "") String fromMonth,
			@RequestParam(name = "from-year", defaultValue = "") String fromYear,
			@RequestParam(name = "to-day", defaultValue = "") String toDay,
			@RequestParam(name = "to-month", defaultValue = "") String toMonth,
			@RequestParam(name = "to-year", defaultValue = "") String toYear, Model model) {
		DateFields from = new DateFields(fromDay, fromMonth, fromYear);
		DateFields to = new DateFields(toDay, toMonth, toYear);
		FormErrors errors = FormErrors.none();
		Instant since = start(from, "from", errors);
		LocalDate last = date(to, "to", errors);
		Instant until = last == null ? null : last.plusDays(1).atStartOfDay(LondonTime.LONDON).toInstant();
		if (since != null && until != null && !since.isBefore(until)) {
			errors.add("from-day", "The ‘from’ date must be on or before the ‘to’ date");
		}
		model.addAttribute("entries", errors.any() ? List.of()
				: this.trail.search(new AuditQuery(actor.toLowerCase(), action, subject, since, until, SHOWN)));
		model.addAttribute("actor", actor);
		model.addAttribute("action", action);
		model.addAttribute("subject", subject);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("shown", SHOWN);
		model.addAttribute("errors", errors);
		return "console/audit";
	}

	@PostMapping("/verify")
	String verify(Principal principal, RedirectAttributes redirect) {
		ChainCheck check = this.trail.verify();
		this.trail.record(principal.getName(), "AUDIT_VERIFIED", null,
				check.intact() ? "intact, " + check.checked() + " entries"
						: "broken at entry " + check.firstBroken().sequence());
		redirect.addFlashAttribute("check", check);
		redirect.addFlashAttribute("head", this.trail.head());
		return "redirect:/console/audit";
	}

	private Instant start(DateFields fields, String name, FormErrors errors) {
		LocalDate date = date(fields, name, errors);
		return date == null ? null : date.atStartOfDay(LondonTime.LONDON).toInstant();
	}

	private LocalDate date(DateFields fields, String name, FormErrors errors) {
		if (fields.empty()) {
			return null;
		}
		try {
			return LocalDate.of(Integer.parseInt(fields.year().strip()), Integer.parseInt(fields.month().strip()),
					Integer.parseInt(fields.day().strip()));
		}
		catch (NumberFormatException | DateTimeException ex) {
			errors.add(name + "-day", "Enter the ‘" + name + "’ date as a real date, like 27 3 2026");
			return null;
		}
	}
}
