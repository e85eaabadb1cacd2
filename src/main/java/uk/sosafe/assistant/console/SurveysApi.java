package uk.sosafe.assistant.console;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.sosafe.assistant.audit.AuditTrail;
import uk.sosafe.assistant.survey.SurveyResults;
import uk.sosafe.assistant.survey.SurveyResults.Overview;
import uk.sosafe.assistant.survey.SurveyResults.Results;
import uk.sosafe.assistant.survey.SurveyResults.Slice;

/**
 * Survey results for comms staff and admins: the list, one survey's results by ward and days, its
 * responses as CSV or JSON, and a bar chart per question. Small groups are never shown (see
 * {@link SurveyResults}); bad filters get a JSON 400 that says what was wrong.
 */
@RestController
@RequestMapping(path = "/api/v1/staff/surveys")
class SurveysApi {

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private static final MediaType SVG = new MediaType("image", "svg+xml", StandardCharsets.UTF_8);

	private final SurveyResults results;

	private final AuditTrail audit;

	SurveysApi(SurveyResults results, AuditTrail audit) {
		this.results = results;
		this.audit = audit;
	}

	@GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	List<Overview> list() {
		return this.results.overview();
	}

	@GetMapping(path = "/{id}/results", produces = MediaType.APPLICATION_JSON_VALUE)
	Results results(@PathVariable String id, @RequestParam(required = false) String ward,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
		return this.results.results(id, slice(ward, from, to));
	}

	@GetMapping(path = "/{id}/results.csv")
	ResponseEntity<String> csv(java.security.Principal who, @PathVariable String id,
			@RequestParam(required = false) String ward, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to) {
		String body = this.results.csv(id, slice(ward, from, to));
		this.audit.record(who.getName(), "EXPORT", "survey:" + id, "csv");
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + id + "-responses.csv\"")
			.body(body);
	}

	@GetMapping(path = "/{id}/results.json", produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> rows(java.security.Principal who, @PathVariable String id,
			@RequestParam(required = false) String ward, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to) {
		Slice slice = slice(ward, from, to);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("survey", id);
		body.put("slice", slice);
		body.put("responses", this.results.rows(id, slice));
		this.audit.record(who.getName(), "EXPORT", "survey:" + id, "json");
		return body;
	}

	@GetMapping(path = "/{id}/questions/{questionId}/chart.svg")
	ResponseEntity<String> chart(@PathVariable String id, @PathVariable String questionId,
			@RequestParam(required = false) String ward, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to) {
		return ResponseEntity.ok().contentType(SVG).body(this.results.chart(id, questionId, slice(ward, from, to)));
	}

	@ExceptionHandler(SurveyResults.NotFound.class)
	ResponseEntity<Map<String, Object>> notFound(SurveyResults.NotFound ex) {
		return problem(HttpStatus.NOT_FOUND, "not-found", ex.getMessage());
	}

	@ExceptionHandler(SurveyResults.BadSlice.class)
	ResponseEntity<Map<String, Object>> badSlice(SurveyResults.BadSlice ex) {
		return problem(HttpStatus.BAD_REQUEST, "invalid-filter", ex.getMessage());
	}

	@ExceptionHandler(SurveyResults.TooFewResponses.class)
	ResponseEntity<Map<String, Object>> tooFew(SurveyResults.TooFewResponses ex) {
		return problem(HttpStatus.CONFLICT, "too-few-responses", ex.getMessage());
	}

	private static Slice slice(String ward, String from, String to) {
		return new Slice(ward == null || ward.isBlank() ? null : ward, day("from", from), day("to", to));
	}

	private static LocalDate day(String name, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			String shown = value.strip().length() > 40 ? value.strip().substring(0, 40) + "..." : value.strip();
			throw new BadFilter(name + " should be a date like 2026-11-30, not " + shown);
		}
	}

	@ExceptionHandler(BadFilter.class)
	ResponseEntity<Map<String, Object>> badFilter(BadFilter ex) {
		return problem(HttpStatus.BAD_REQUEST, "invalid-filter", ex.getMessage());
	}

	private static ResponseEntity<Map<String, Object>> problem(HttpStatus status, String code, String message) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("status", status.value());
		body.put("error", code);
		body.put("message", message);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
	}

	/** A filter in the query that is not a date. */
	private static final class BadFilter extends RuntimeException {

		BadFilter(String message) {
			super(message);
		}
	}
}
