package uk.sosafe.assistant.console;

import java.security.Principal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.sosafe.assistant.audit.AuditTrail;
import uk.sosafe.assistant.operations.DatabaseBackups;

/** Administrators take an online backup of the SQLite database now, and see the backups kept. Audited. */
@RestController
@RequestMapping(path = "/api/v1/staff/backups", produces = MediaType.APPLICATION_JSON_VALUE)
class BackupsApi {

	private final DatabaseBackups backups;

	private final AuditTrail audit;

	BackupsApi(DatabaseBackups backups, AuditTrail audit) {
		this.backups = backups;
		this.audit = audit;
	}

	@PostMapping
	ResponseEntity<BackupView> backUp(Principal principal) {
		DatabaseBackups.Backup backup = this.backups.backUp();
		this.audit.record(principal.getName(), "DATABASE_BACKED_UP", null, backup.file().getFileName().toString());
		return ResponseEntity.status(HttpStatus.CREATED).body(BackupView.of(backup));
	}

	@GetMapping
	List<BackupView> backups() {
		return this.backups.list().stream().map(BackupView::of).toList();
	}

	@ExceptionHandler(DatabaseBackups.BackupRefused.class)
	ResponseEntity<Map<String, Object>> refused(DatabaseBackups.BackupRefused ex) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("status", HttpStatus.CONFLICT.value());
		body.put("error", "backup-refused");
		body.put("message", ex.getMessage());
		return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_JSON).body(body);
	}

	record BackupView(String file, long bytes, long millis, Instant at) {

		static BackupView of(DatabaseBackups.Backup backup) {
			return new BackupView(backup.file().getFileName().toString(), backup.bytes(), backup.millis(), backup.at());
		}
	}
}
