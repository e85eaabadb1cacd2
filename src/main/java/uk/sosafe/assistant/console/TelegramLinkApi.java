package uk.sosafe.assistant.console;

import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.sosafe.assistant.safety.OfficerLinks;

/**
 * An officer links their Telegram account to their staff account: this gives a one-time code to send
 * to the bot as {@code /link CODE} in a private chat. DELETE undoes the link.
 */
@RestController
@RequestMapping(path = "/api/v1/staff/telegram-link", produces = MediaType.APPLICATION_JSON_VALUE)
class TelegramLinkApi {

	private final OfficerLinks links;

	TelegramLinkApi(OfficerLinks links) {
		this.links = links;
	}

	@PostMapping
	ResponseEntity<Map<String, Object>> issue(Authentication who) {
		OfficerLinks.LinkCode code = this.links.issue(who.getName());
		return ResponseEntity.status(201).body(Map.of("code", code.code(), "expiresAt", code.expiresAt().toString(),
				"instructions", "In a private chat with the SoSafe bot on Telegram, send: /link " + code.code()
						+ " (the code works once, for 15 minutes)."));
	}

	@DeleteMapping
	ResponseEntity<Map<String, Object>> unlink(Authentication who) {
		return ResponseEntity.ok(Map.of("unlinked", this.links.unlink(who.getName())));
	}
}
