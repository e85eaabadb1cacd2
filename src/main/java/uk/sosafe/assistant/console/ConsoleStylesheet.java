package uk.sosafe.assistant.console;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** The console's stylesheet, built once at start from GOV.UK Frontend's (see {@link ConsoleAssets}). */
@Controller
class ConsoleStylesheet {

	private static final MediaType CSS = new MediaType("text", "css", StandardCharsets.UTF_8);

	private final String stylesheet = ConsoleAssets.stylesheet();

	@GetMapping("/console/assets/console.css")
	@ResponseBody
	ResponseEntity<String> stylesheet() {
		return ResponseEntity.ok().contentType(CSS).cacheControl(CacheControl.maxAge(Duration.ofHours(1)))
			.body(this.stylesheet);
	}
}
