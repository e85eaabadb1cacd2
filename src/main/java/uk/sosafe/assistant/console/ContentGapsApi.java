package uk.sosafe.assistant.console;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.sosafe.assistant.knowledge.UnansweredQuestions;
import uk.sosafe.assistant.knowledge.UnansweredQuestions.Gap;

/** The questions no article answered, scrubbed and ranked, for comms staff to write content for. */
@RestController
@RequestMapping(path = "/api/v1/staff", produces = MediaType.APPLICATION_JSON_VALUE)
class ContentGapsApi {

	private final UnansweredQuestions unanswered;

	ContentGapsApi(UnansweredQuestions unanswered) {
		this.unanswered = unanswered;
	}

	@GetMapping("/unanswered")
	List<Gap> unanswered(@RequestParam(defaultValue = "100") int limit) {
		return this.unanswered.mostAsked(Math.max(1, Math.min(limit, 1000)));
	}
}
