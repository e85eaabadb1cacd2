package uk.sosafe.assistant.campaign;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.sosafe.assistant.conversation.spi.ResidentId;
import uk.sosafe.assistant.conversation.spi.ResidentRecords;

/** The campaign module's share of a subject-access export: subscriptions, the consent ledger, suppressions, campaigns sent. */
@Component
class CampaignRecords implements ResidentRecords {

	private final JdbcClient jdbc;

	CampaignRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String part() {
		return "campaigns";
	}

	@Override
	public Map<String, Object> export(ResidentId resident) {
		Map<String, Object> export = new LinkedHashMap<>();
		put(export, "subscriptions", this.jdbc.sql("""
				SELECT topic, channel, ward, status, created_at, confirmed_at FROM subscriptions WHERE resident_id = :id
				ORDER BY topic""")
			.param("id", resident.value())
			.query((rs, row) -> new Subscription(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					Instant.ofEpochMilli(rs.getLong(5)), rs.getObject(6) == null ? null : Instant.ofEpochMilli(rs.getLong(6))))
			.list());
		put(export, "consentLedger", this.jdbc.sql("""
				SELECT channel, topic, action, how, at FROM consent_ledger WHERE resident_id = :id ORDER BY id""")
			.param("id", resident.value())
			.query((rs, row) -> new Consent(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					Instant.ofEpochMilli(rs.getLong(5))))
			.list());
		put(export, "suppressions", this.jdbc.sql("SELECT reason, since FROM campaign_suppressions WHERE resident_id = :id ORDER BY reason")
			.param("id", resident.value())
			.query((rs, row) -> new Suppression(rs.getString(1), Instant.ofEpochMilli(rs.getLong(2))))
			.list());
		put(export, "campaignsReceived", this.jdbc.sql("""
				SELECT c.title, r.queued_at FROM campaign_recipients r JOIN campaigns c ON c.id = r.campaign_id
				WHERE r.resident_id = :id ORDER BY r.queued_at""")
			.param("id", resident.value())
			.query((rs, row) -> new Received(rs.getString(1), Instant.ofEpochMilli(rs.getLong(2))))
			.list());
		return export;
	}

	private static void put(Map<String, Object> export, String name, List<?> rows) {
		if (!rows.isEmpty()) {
			export.put(name, rows);
		}
	}

	record Subscription(String topic, String channel, String ward, String status, Instant requestedAt, Instant confirmedAt) {
	}

	record Consent(String channel, String topic, String action, String how, Instant at) {
	}

	record Suppression(String reason, Instant since) {
	}

	record Received(String campaign, Instant queuedAt) {
	}
}
