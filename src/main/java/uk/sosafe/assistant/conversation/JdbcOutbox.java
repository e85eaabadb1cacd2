package uk.sosafe.assistant.conversation;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.sosafe.assistant.conversation.spi.Channel;
import uk.sosafe.assistant.conversation.spi.Lane;
import uk.sosafe.assistant.conversation.spi.Outbox;
import uk.sosafe.assistant.conversation.spi.Reply;
import uk.sosafe.assistant.conversation.spi.ResidentForgotten;
import uk.sosafe.assistant.conversation.spi.ResidentId;
import uk.sosafe.assistant.conversation.spi.Residents;
import uk.sosafe.assistant.privacy.PersonalData;

/** The persistent outbox: every outbound message is written here (encrypted) before any channel sees it. */
@Component
class JdbcOutbox implements Outbox {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final PersonalData personalData;

	private final Residents residents;

	private final Clock clock;

	private final WakeUp wakeUp = new WakeUp();

	JdbcOutbox(JdbcClient jdbc, PersonalData personalData, Residents residents, Clock clock) {
		this.jdbc = jdbc;
		this.personalData = personalData;
		this.residents = residents;
		this.clock = clock;
	}

	@Override
	public void enqueue(ResidentId resident, List<Reply> replies, Lane lane) {
		insert(resident, replies, lane, false, null, null, null);
	}

	@Override
	public void enqueueCampaign(ResidentId resident, List<Reply> replies, String campaignId) {
		insert(resident, replies, Lane.CAMPAIGN, false, null, null, campaignId);
	}

	@Override
	public int holdCampaign(String campaignId) {
		return moveCampaign(campaignId, "'QUEUED'", "HELD");
	}

	@Override
	public int releaseCampaign(String campaignId) {
		int released = moveCampaign(campaignId, "'HELD'", "QUEUED");
		if (released > 0) {
			this.wakeUp.ring();
		}
		return released;
	}

	@Override
	public int cancelCampaign(String campaignId) {
		return moveCampaign(campaignId, "'QUEUED', 'HELD'", "CANCELLED");
	}

	private int moveCampaign(String campaignId, String from, String to) {
		return this.jdbc.sql("UPDATE outbox SET status = :to, updated_at = :now WHERE campaign_id = :campaign AND status IN ("
				+ from + ")")
			.param("to", to)
			.param("now", this.clock.millis())
			.param("campaign", campaignId)
			.update();
	}

	@Override
	public Map<String, Long> campaignProgress(String campaignId) {
		return counts("SELECT status, COUNT(*) FROM outbox WHERE campaign_id = :campaign GROUP BY status", campaignId);
	}

	@Override
	public Map<String, Long> campaignFailures(String campaignId) {
		return counts("""
				SELECT COALESCE(detail, 'unknown'), COUNT(*) FROM outbox WHERE campaign_id = :campaign AND status = 'FAILED'
				GROUP BY COALESCE(detail, 'unknown')""", campaignId);
	}

	private Map<String, Long> counts(String sql, String campaignId) {
		Map<String, Long> counts = new java.util.TreeMap<>();
		this.jdbc.sql(sql).param("campaign", campaignId)
			.query((rs, row) -> counts.put(rs.getString(1), rs.getLong(2)))
			.list();
		return counts;
	}

	@Override
	public void enqueueNotice(ResidentId resident, List<Reply> replies) {
		Optional<Channel> channel = this.residents.channelOf(resident);
		Optional<String> address = this.residents.addressOf(resident);
		if (channel.isEmpty() || address.isEmpty()) {
			return;
		}
		insert(resident, replies, Lane.REPLY, true, channel.get().name(), this.personalData.encrypt(address.get()), null);
	}

	private void insert(ResidentId resident, List<Reply> replies, Lane lane, boolean notice, String channel,
			byte[] sealedAddress, String campaignId) {
		long now = this.clock.millis();
		this.jdbc.sql("""
				INSERT INTO outbox (resident_id, lane, body_enc, status, attempts, next_attempt_at, created_at, updated_at,
				notice, channel, address_enc, campaign_id)
				VALUES (:resident, :lane, :body, 'QUEUED', 0, :now, :now, :now, :notice, :channel, :address, :campaign)""")
			.param("resident", resident.value())
			.param("lane", lane.ordinal())
			.param("body", this.personalData.encrypt(JSON.writeValueAsString(replies.toArray(Reply[]::new))))
			.param("now", now)
			.param("notice", notice)
			.param("channel", channel)
			.param("address", sealedAddress)
			.param("campaign", campaignId)
			.update();
		this.wakeUp.ring();
	}

	String address(byte[] sealed) {
		return this.personalData.decrypt(sealed);
	}

	List<Reply> replies(byte[] sealed) {
		return List.of(JSON.readValue(this.personalData.decrypt(sealed), Reply[].class));
	}

	WakeUp wakeUp() {
		return this.wakeUp;
	}

	/** Everything for the resident goes, except a notice still to be sent (the farewell after "forget"). */
	@EventListener
	@Transactional
	void on(ResidentForgotten event) {
		this.jdbc.sql("""
				DELETE FROM outbox WHERE resident_id = :resident AND (notice = FALSE OR status NOT IN ('QUEUED', 'SENDING'))""")
			.param("resident", event.resident().value())
			.update();
	}
}
