package uk.sosafe.assistant.campaign;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.sosafe.assistant.conversation.spi.Channel;
import uk.sosafe.assistant.conversation.spi.ResidentForgotten;
import uk.sosafe.assistant.conversation.spi.ResidentId;
import uk.sosafe.assistant.conversation.spi.ResidentOptedIn;
import uk.sosafe.assistant.conversation.spi.ResidentOptedOut;
import uk.sosafe.assistant.conversation.spi.ResidentProtected;

/**
 * Who wants which campaigns. A subscription waits until the resident confirms it (double opt-in for
 * campaign topics); every opt-in, confirmation and opt-out, whichever way it came (a command, STOP, a
 * Telegram block, "stop texting me"), is appended to the consent ledger with when and how. Opted-out and
 * protected residents are kept in a suppression list that every campaign leaves out.
 */
@Service
public class Subscriptions {

	static final String ALL = "all";

	private final JdbcClient jdbc;

	private final Clock clock;

	Subscriptions(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Records the wish to subscribe; it counts only once confirmed. */
	@Transactional
	public void request(ResidentId resident, Channel channel, CampaignTopic topic, String ward, String how) {
		this.jdbc.sql("""
				INSERT INTO subscriptions (resident_id, topic, channel, ward, status, created_at)
				VALUES (:resident, :topic, :channel, :ward, 'PENDING', :now)
				ON CONFLICT (resident_id, topic) DO UPDATE SET ward = :ward, channel = :channel""")
			.param("resident", resident.value())
			.param("topic", topic.value())
			.param("channel", channel.name())
			.param("ward", ward)
			.param("now", this.clock.millis())
			.update();
		ledger(resident, channel, topic.value(), "REQUESTED", how);
	}

	/** Confirms a requested subscription; false when there was nothing to confirm. */
	@Transactional
	public boolean confirm(ResidentId resident, Channel channel, CampaignTopic topic, String how) {
		int confirmed = this.jdbc.sql("""
				UPDATE subscriptions SET status = 'CONFIRMED', confirmed_at = :now
				WHERE resident_id = :resident AND topic = :topic""")
			.param("now", this.clock.millis())
			.param("resident", resident.value())
			.param("topic", topic.value())
			.update();
		if (confirmed > 0) {
			ledger(resident, channel, topic.value(), "CONFIRMED", how);
		}
		return confirmed > 0;
	}

	/** Ends one subscription, or all of them when {@code topic} is null. */
	@Transactional
	public int unsubscribe(ResidentId resident, Channel channel, CampaignTopic topic, String how) {
		int removed = this.jdbc.sql("DELETE FROM subscriptions WHERE resident_id = :resident"
				+ (topic == null ? "" : " AND topic = :topic"))
			.param("resident", resident.value())
			.params(topic == null ? java.util.Map.of() : java.util.Map.of("topic", topic.value()))
			.update();
		ledger(resident, channel, topic == null ? ALL : topic.value(), "UNSUBSCRIBED", how);
		return removed;
	}

	/** The ward a resident gave when subscribing to a topic, if any. */
	public Optional<String> wardOf(ResidentId resident, CampaignTopic topic) {
		return this.jdbc.sql("""
				SELECT ward FROM subscriptions WHERE resident_id = :resident AND topic = :topic AND ward IS NOT NULL""")
			.param("resident", resident.value())
			.param("topic", topic.value())
			.query(String.class)
			.optional();
	}

	/** The topics a resident has confirmed. */
	public List<String> confirmedTopics(ResidentId resident) {
		return this.jdbc.sql("SELECT topic FROM subscriptions WHERE resident_id = :resident AND status = 'CONFIRMED' ORDER BY topic")
			.param("resident", resident.value())
			.query(String.class)
			.list();
	}

	@EventListener
	void on(ResidentOptedOut event) {
		suppress(event.resident(), "opted-out");
		ledger(event.resident(), event.channel(), ALL, "OPTED_OUT", event.how());
	}

	@EventListener
	void on(ResidentOptedIn event) {
		this.jdbc.sql("DELETE FROM campaign_suppressions WHERE resident_id = :resident AND reason = 'opted-out'")
			.param("resident", event.resident().value())
			.update();
		ledger(event.resident(), event.channel(), ALL, "OPTED_IN", event.how());
	}

	/** A protected resident gets no campaign, whatever they subscribed to. */
	@EventListener
	void on(ResidentProtected event) {
		suppress(event.resident(), "protected");
	}

	/**
	 * Everything about the resident goes, their consent history too: an opt-out outlives them where it
	 * matters, as a keyed hash of the address that the outbox checks ({@code opt_outs}), and a resident who
	 * comes back is a new resident with no subscription.
	 */
	@EventListener
	void on(ResidentForgotten event) {
		for (String table : List.of("subscriptions", "campaign_recipients", "consent_ledger", "campaign_suppressions")) {
			this.jdbc.sql("DELETE FROM " + table + " WHERE resident_id = :resident").param("resident", event.resident().value()).update();
		}
	}

	private void suppress(ResidentId resident, String reason) {
		this.jdbc.sql("""
				INSERT INTO campaign_suppressions (resident_id, reason, since) VALUES (:resident, :reason, :now)
				ON CONFLICT (resident_id, reason) DO NOTHING""")
			.param("resident", resident.value())
			.param("reason", reason)
			.param("now", this.clock.millis())
			.update();
	}

	private void ledger(ResidentId resident, Channel channel, String topic, String action, String how) {
		this.jdbc.sql("""
				INSERT INTO consent_ledger (resident_id, channel, topic, action, how, at)
				VALUES (:resident, :channel, :topic, :action, :how, :at)""")
			.param("resident", resident.value())
			.param("channel", channel.name())
			.param("topic", topic)
			.param("action", action)
			.param("how", how)
			.param("at", this.clock.millis())
			.update();
	}
}
