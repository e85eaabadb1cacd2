package uk.sosafe.assistant.campaign;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Campaign settings ({@code sosafe.campaigns.*}).
 *
 * @param quietHours when non-urgent campaigns wait, Europe/London, as "HH:mm-HH:mm" (default 21:00-08:00)
 * @param batchSize recipients queued at a time
 * @param maxQueued a campaign's messages waiting in the outbox before the next batch is queued, so a
 * pause, a cancel or quiet hours take effect quickly
 * @param fanOutCheck how often campaigns are looked at
 */
@ConfigurationProperties("sosafe.campaigns")
public record CampaignProperties(@DefaultValue("21:00-08:00") String quietHours, @DefaultValue("500") int batchSize,
		@DefaultValue("1000") int maxQueued, @DefaultValue("2s") Duration fanOutCheck) {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	public CampaignProperties {
		String[] ends = quietHours.split("-");
		if (ends.length != 2) {
			throw new IllegalArgumentException("sosafe.campaigns.quiet-hours must look like 21:00-08:00, not " + quietHours);
		}
		LocalTime.parse(ends[0].strip());
		LocalTime.parse(ends[1].strip());
		if (batchSize < 1 || maxQueued < batchSize) {
			throw new IllegalArgumentException("sosafe.campaigns.batch-size must be at least 1 and max-queued at least the batch size");
		}
	}

	/** Whether this moment is in quiet hours (which may run past midnight). */
	boolean isQuiet(java.time.Instant at) {
		String[] ends = this.quietHours.split("-");
		LocalTime start = LocalTime.parse(ends[0].strip());
		LocalTime end = LocalTime.parse(ends[1].strip());
		LocalTime time = ZonedDateTime.ofInstant(at, LONDON).toLocalTime();
		return start.isBefore(end) ? !time.isBefore(start) && time.isBefore(end) : !time.isBefore(start) || time.isBefore(end);
	}
}
