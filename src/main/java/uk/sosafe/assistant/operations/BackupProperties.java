package uk.sosafe.assistant.operations;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Online backups of the SQLite database ({@code sosafe.backup.*}).
 *
 * @param dir where backups are written (default {@code <data-dir>/backups}; better another disk)
 * @param keep how many backups the daily run keeps, newest first; older ones are deleted
 * @param schedule when the daily backup runs, as a cron expression in Europe/London ({@code -} for never)
 */
@ConfigurationProperties("sosafe.backup")
public record BackupProperties(Path dir, @DefaultValue("7") int keep, @DefaultValue("0 0 2 * * *") String schedule) {

	public BackupProperties {
		if (keep < 1) {
			throw new IllegalArgumentException("sosafe.backup.keep must be at least 1");
		}
	}
}
