package uk.sosafe.assistant.console;

import org.springframework.web.bind.annotation.GetMapping;

/** The console's start page: the sections the signed-in member of staff may open. */
@ConsolePage
class HomePage {

	@GetMapping("/console")
	String home() {
		return "console/home";
	}
}
