package uk.sosafe.assistant.console;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import uk.sosafe.assistant.audit.AuditTrail;
import uk.sosafe.assistant.survey.SurveyCatalogue;
import uk.sosafe.assistant.survey.SurveyResults;
import uk.sosafe.assistant.survey.SurveyResults.Slice;

/**
 * Survey results for comms staff and administrators: the surveys with their response counts, and one
 * survey's results by question with a chart each, filtered by ward and dates, small counts suppressed,
 * free text listed only for slices large enough, and a CSV download (audited).
 */
@ConsolePage
class SurveyPages {

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private static final MediaType SVG = MediaType.valueOf("image/svg+xml");

	private final SurveyResults results;

	private final SurveyCatalogue catalogue;

	private final AuditTrail audit;

	private final ConsoleFrame frame;

	SurveyPages(SurveyResults results, SurveyCatalogue catalogue, AuditTrail audit, ConsoleFrame frame) {
		this.results = results;
		this.catalogue = catalogue;
		this.audit = audit;
		this.frame = frame;
	}

	@GetMapping("/console/surveys")
	String list(Model model) {
		model.addAttribute("surveys", this.results.overview());
		return "console/surveys";
	}

	@GetMapping("/console/surveys/{id}")
	String results(@PathVariable String id, @RequestParam(required = false) String ward,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model) {
		FormErrors errors = FormErrors.none();
		Slice slice = slice(ward, from, to, errors);
		model.addAttribute("wards", this.catalogue.wards());
		model.addAttribute("filter", new Filter(ward == null ? "" : ward, from == null ? "" : from.strip(),
				to == null ? "" : to.strip()));
		model.addAttribute("query", query(slice));
		model.addAttribute("errors", errors);
		if (errors.any()) {
			model.addAttribute("survey", this.results.results(id, new Slice(null, null, null)));
			model.addAttribute("filtered", false);
			return "console/survey";
		}
		try {
			model.addAttribute("survey", this.results.results(id, slice));
			model.addAttribute("filtered", true);
		}
		catch (SurveyResults.BadSlice ex) {
			errors.add("from", ex.getMessage());
			model.addAttribute("survey", this.results.results(id, new Slice(null, null, null)));
			model.addAttribute("filtered", false);
		}
		return "console/survey";
	}

	@GetMapping("/console/surveys/{id}/questions/{questionId}/chart.svg")
	ResponseEntity<String> chart(@PathVariable String id, @PathVariable String questionId,
			@RequestParam(required = false) String ward, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to) {
		return ResponseEntity.ok().contentType(SVG).body(this.results.chart(id, questionId, slice(ward, from, to, FormErrors.none())));
	}

	@GetMapping("/console/surveys/{id}/results.csv")
	ResponseEntity<String> csv(Principal who, @PathVariable String id, @RequestParam(required = false) String ward,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
		String body = this.results.csv(id, slice(ward, from, to, FormErrors.none()));
		this.audit.record(who.getName(), "EXPORT", "survey:" + id, "csv from the console");
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + id + "-responses.csv\"")
			.body(body);
	}

	@ExceptionHandler(SurveyResults.NotFound.class)
	String notFound(SurveyResults.NotFound ex, Model model, HttpServletRequest request, HttpServletResponse response) {
		model.addAllAttributes(this.frame.model(request));
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		model.addAttribute("message", ex.getMessage());
		return "console/not-found";
	}

	@ExceptionHandler({ SurveyResults.TooFewResponses.class, SurveyResults.BadSlice.class })
	ResponseEntity<String> tooFew(RuntimeException ex) {
		return ResponseEntity.status(409).contentType(MediaType.TEXT_PLAIN).body(ex.getMessage());
	}

	/** The filter as typed, shown back in the form. */
	record Filter(String ward, String from, String to) {
	}

	/** The slice the filter asks for; a day that is not a date is left out and noted in {@code errors}. */
	private static Slice slice(String ward, String from, String to, FormErrors errors) {
		return new Slice(ward == null || ward.isBlank() ? null : ward,
				day(from, "from", "Enter the first day as a date, for example 2026-11-30", errors),
				day(to, "to", "Enter the last day as a date, for example 2026-12-31", errors));
	}

	private static LocalDate day(String value, String field, String message, FormErrors errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			errors.add(field, message);
			return null;
		}
	}

	private static String query(Slice slice) {
		StringBuilder query = new StringBuilder();
		if (slice.ward() != null) {
			query.append("&ward=").append(java.net.URLEncoder.encode(slice.ward(), StandardCharsets.UTF_8));
		}
		if (slice.from() != null) {
			query.append("&from=").append(slice.from());
		}
		if (slice.to() != null) {
			query.append("&to=").append(slice.to());
		}
		return query.isEmpty() ? "" : "?" + query.substring(1);
	}
}
