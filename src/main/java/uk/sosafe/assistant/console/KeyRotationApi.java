package uk.sosafe.assistant.console;

import java.security.Principal;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.sosafe.assistant.audit.AuditTrail;
import uk.sosafe.assistant.privacy.KeyRotation;

/**
 * Administrators run the data-key rotation now (it also runs at start while a previous key is set) and get
 * its report: when it says done, the previous key can be removed. Audited.
 */
@RestController
@RequestMapping(path = "/api/v1/staff/key-rotation", produces = MediaType.APPLICATION_JSON_VALUE)
class KeyRotationApi {

	private final KeyRotation rotation;

	private final AuditTrail audit;

	KeyRotationApi(KeyRotation rotation, AuditTrail audit) {
		this.rotation = rotation;
		this.audit = audit;
	}

	@PostMapping
	Report rotate(Principal principal) {
		KeyRotation.Report report = this.rotation.run();
		this.audit.record(principal.getName(), "DATA_KEY_ROTATION_RUN", null,
				!report.rotating() ? "no previous key set" : report.done() ? "done" : "not finished");
		return new Report(report.rotating(), report.done(), report.parts());
	}

	record Report(boolean rotating, boolean done, java.util.Map<String, uk.sosafe.assistant.privacy.Resealable.Resealed> parts) {
	}
}
