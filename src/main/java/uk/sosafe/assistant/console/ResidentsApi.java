package uk.sosafe.assistant.console;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.sosafe.assistant.conversation.spi.Channel;
import uk.sosafe.assistant.conversation.spi.ResidentId;
import uk.sosafe.assistant.operations.SubjectAccess;

/**
 * Subject-access requests over JSON, for administrators: find a resident by address (in the body, never in
 * the URL), export what is held about them, or erase it. Each call is audited by {@link SubjectAccess}.
 */
@RestController
@RequestMapping(path = "/api/v1/staff/residents", produces = MediaType.APPLICATION_JSON_VALUE)
class ResidentsApi {

	private final SubjectAccess access;

	ResidentsApi(SubjectAccess access) {
		this.access = access;
	}

	@PostMapping(path = "/lookup", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> lookUp(Principal principal, @RequestBody LookUp request) {
		Optional<Channel> channel = ResidentLookUpForm.channel(request.channel());
		if (channel.isEmpty() || request.address() == null || request.address().isBlank() || request.address().length() > 200) {
			return problem(HttpStatus.BAD_REQUEST, "invalid-field",
					"Give {\"channel\": \"SMS\", \"TELEGRAM\" or \"WEB\", \"address\": the number, chat id or session id}.");
		}
		return this.access.lookUp(principal.getName(), channel.get(), request.address())
			.<ResponseEntity<?>>map(resident -> ResponseEntity.ok(Map.of("reference", resident.value())))
			.orElseGet(() -> problem(HttpStatus.NOT_FOUND, "not-found", "No resident is known at this address."));
	}

	@GetMapping("/{reference}/export")
	ResponseEntity<?> export(Principal principal, @PathVariable String reference) {
		return this.access.export(principal.getName(), new ResidentId(reference))
			.<ResponseEntity<?>>map(ResponseEntity::ok)
			.orElseGet(ResidentsApi::unknown);
	}

	@DeleteMapping("/{reference}")
	ResponseEntity<?> erase(Principal principal, @PathVariable String reference) {
		return this.access.erase(principal.getName(), new ResidentId(reference))
			.<ResponseEntity<?>>map(ResponseEntity::ok)
			.orElseGet(ResidentsApi::unknown);
	}

	private static ResponseEntity<?> unknown() {
		return problem(HttpStatus.NOT_FOUND, "not-found", "No resident has this reference: nothing is held about them.");
	}

	private static ResponseEntity<Map<String, Object>> problem(HttpStatus status, String code, String message) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("status", status.value());
		body.put("error", code);
		body.put("message", message);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
	}

	record LookUp(String channel, String address) {
	}
}
