package uk.sosafe.assistant.console;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.sosafe.assistant.knowledge.ContentException;
import uk.sosafe.assistant.knowledge.KnowledgeBase;

/** Re-indexes the content now, for comms and admins who have just edited an article. */
@RestController
@RequestMapping(path = "/api/v1/staff/content", produces = MediaType.APPLICATION_JSON_VALUE)
class ContentIndexApi {

	private final KnowledgeBase knowledge;

	ContentIndexApi(KnowledgeBase knowledge) {
		this.knowledge = knowledge;
	}

	@PostMapping("/reindex")
	ResponseEntity<Map<String, Object>> reindex() {
		try {
			return ResponseEntity.ok(Map.of("articles", this.knowledge.reindex()));
		}
		catch (ContentException ex) {
			return ResponseEntity.unprocessableContent()
				.body(Map.of("status", 422, "error", "content-invalid", "message", ex.getMessage()));
		}
	}
}
