package uk.sosafe.assistant.console;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.sosafe.assistant.safety.CaseDesk;
import uk.sosafe.assistant.safety.CaseDesk.Details;
import uk.sosafe.assistant.safety.CaseDesk.Officer;
import uk.sosafe.assistant.safety.CaseDesk.Summary;
import uk.sosafe.assistant.safety.CaseRuleException;
import uk.sosafe.assistant.staff.StaffDirectory;

/** Officers' case work over the staff API: only their teams' cases, every view and action audited. */
@RestController
@RequestMapping(path = "/api/v1/staff/cases", produces = MediaType.APPLICATION_JSON_VALUE)
class CasesApi {

	private static final int MAX_TEXT = 2_000;

	private final CaseDesk desk;

	private final StaffDirectory staff;

	CasesApi(CaseDesk desk, StaffDirectory staff) {
		this.desk = desk;
		this.staff = staff;
	}

	@GetMapping
	List<Summary> list(Authentication who) {
		return this.desk.casesFor(officer(who));
	}

	@GetMapping("/{reference}")
	Details view(Authentication who, @PathVariable String reference) {
		return this.desk.view(officer(who), reference);
	}

	@PostMapping("/{reference}/claim")
	Details claim(Authentication who, @PathVariable String reference) {
		return this.desk.claim(officer(who), reference);
	}

	@PostMapping(path = "/{reference}/reply", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> reply(Authentication who, @PathVariable String reference, @RequestBody Map<String, Object> body) {
		String text = text(body, "text");
		return text == null ? problem(HttpStatus.BAD_REQUEST, "Give the reply as {\"text\": \"...\"}, up to 2,000 characters.")
				: ResponseEntity.ok(this.desk.reply(officer(who), reference, text));
	}

	@PostMapping(path = "/{reference}/close", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> close(Authentication who, @PathVariable String reference, @RequestBody Map<String, Object> body) {
		String outcome = text(body, "outcome");
		return outcome == null
				? problem(HttpStatus.BAD_REQUEST, "Give the outcome as {\"outcome\": \"...\"}, up to 2,000 characters.")
				: ResponseEntity.ok(this.desk.close(officer(who), reference, outcome));
	}

	@ExceptionHandler(CaseRuleException.class)
	ResponseEntity<Map<String, Object>> refused(CaseRuleException ex) {
		boolean refused = ex.rule() == CaseRuleException.Rule.NOT_YOUR_TEAM
				|| ex.rule() == CaseRuleException.Rule.ACCOUNT_NOT_ALLOWED;
		return problem(refused ? HttpStatus.FORBIDDEN : HttpStatus.CONFLICT, ex.getMessage());
	}

	@ExceptionHandler(CaseDesk.NotFound.class)
	ResponseEntity<Map<String, Object>> notFound(CaseDesk.NotFound ex) {
		return problem(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	private Officer officer(Authentication who) {
		return new Officer(who.getName(), this.staff.find(who.getName()).map(account -> account.teams()).orElse(java.util.Set.of()));
	}

	private static String text(Map<String, Object> body, String field) {
		Object value = body == null ? null : body.get(field);
		return value instanceof String text && !text.isBlank() && text.length() <= MAX_TEXT ? text : null;
	}

	private static ResponseEntity<Map<String, Object>> problem(HttpStatus status, String message) {
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("status", status.value(), "error", status.getReasonPhrase(), "message", message));
	}
}
