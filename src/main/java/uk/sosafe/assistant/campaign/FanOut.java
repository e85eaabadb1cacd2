package uk.sosafe.assistant.campaign;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import uk.sosafe.assistant.cluster.ClusterLeases;
import uk.sosafe.assistant.conversation.spi.Channel;
import uk.sosafe.assistant.conversation.spi.HandledAs;
import uk.sosafe.assistant.conversation.spi.Outbox;
import uk.sosafe.assistant.conversation.spi.Prompts;
import uk.sosafe.assistant.conversation.spi.Reply;
import uk.sosafe.assistant.conversation.spi.ResidentId;
import uk.sosafe.assistant.conversation.spi.Turn;

/**
 * Turns a due campaign's audience into recipients and queues them in the outbox's campaign lane, a
 * batch at a time. A recipient row and its outbox row are written in one transaction, and a recipient
 * is unique per campaign, so a crash or a second instance never queues anyone twice. Only a bounded
 * number of a campaign's messages wait in the outbox at once, so pause, cancel and quiet hours bite
 * within a batch. Opted-out and protected residents are left out at every batch. A campaign with reply
 * options or a survey invitation goes as a prompt, so the resident can choose them next; to a resident in
 * the middle of something it goes without them. Once every message of a campaign is final, the campaign
 * is finished and leaves the set looked at, so a tick costs no more as campaigns accumulate.
 */
@Component
class FanOut {

	private static final Logger log = LoggerFactory.getLogger(FanOut.class);

	/** Outbox statuses of a message that may still be sent. */
	private static final List<String> UNFINISHED = List.of("QUEUED", "HELD", "SENDING");

	private final Campaigns campaigns;

	private final JdbcClient jdbc;

	private final Outbox outbox;

	private final TransactionTemplate transactions;

	private final CampaignProperties properties;

	private final Clock clock;

	private final Prompts prompts;

	private final CampaignMessages messages;

	private final ClusterLeases leases;

	FanOut(Campaigns campaigns, JdbcClient jdbc, Outbox outbox, Prompts prompts, CampaignMessages messages,
			TransactionTemplate transactions, CampaignProperties properties, Clock clock, ClusterLeases leases) {
		this.leases = leases;
		this.campaigns = campaigns;
		this.jdbc = jdbc;
		this.outbox = outbox;
		this.prompts = prompts;
		this.messages = messages;
		this.transactions = transactions;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${sosafe.campaigns.fan-out-check:2s}", initialDelayString = "${sosafe.campaigns.fan-out-check:2s}")
	void tick() {
		try {
			// One instance fans out at a time; another takes over if it stops.
			this.leases.runIfHeld("campaign-fan-out", this::run);
		}
		catch (RuntimeException ex) {
			log.warn("Campaign fan-out will try again: {}", ex.getClass().getSimpleName());
		}
	}

	/** One pass over the campaigns that may need work; returns how many recipients were queued. */
	int run() {
		Instant now = this.clock.instant();
		boolean quiet = this.properties.isQuiet(now);
		int queued = 0;
		for (Campaign campaign : this.campaigns.findByStatusIn(
				List.of(CampaignStatus.SCHEDULED, CampaignStatus.SENDING, CampaignStatus.QUEUED_ALL))) {
			if (campaign.status() == CampaignStatus.QUEUED_ALL && everyMessageFinal(campaign)) {
				campaign.finish(now);
				this.campaigns.save(campaign);
				log.info("Campaign {} finished", campaign.id());
				continue;
			}
			if (quiet && !campaign.urgent()) {
				if (campaign.status() != CampaignStatus.SCHEDULED) {
					this.outbox.holdCampaign(campaign.id());
				}
				continue;
			}
			if (campaign.status() != CampaignStatus.SCHEDULED) {
				this.outbox.releaseCampaign(campaign.id());
			}
			if (campaign.isDue(now)) {
				campaign.startSending(now);
				this.campaigns.save(campaign);
				log.info("Campaign {} started sending", campaign.id());
			}
			if (campaign.status() == CampaignStatus.SENDING) {
				queued += nextBatch(campaign, now);
			}
		}
		return queued;
	}

	private boolean everyMessageFinal(Campaign campaign) {
		Map<String, Long> progress = this.outbox.campaignProgress(campaign.id());
		return UNFINISHED.stream().noneMatch(status -> progress.getOrDefault(status, 0L) > 0);
	}

	private int nextBatch(Campaign campaign, Instant now) {
		long waiting = this.outbox.campaignProgress(campaign.id()).getOrDefault("QUEUED", 0L);
		if (waiting + this.properties.batchSize() > this.properties.maxQueued()) {
			return 0;
		}
		List<Recipient> batch = audience(campaign);
		if (batch.isEmpty()) {
			int audience = this.jdbc.sql("SELECT COUNT(*) FROM campaign_recipients WHERE campaign_id = :id")
				.param("id", campaign.id())
				.query(Integer.class)
				.single();
			campaign.queuedAll(audience, now);
			this.campaigns.save(campaign);
			log.info("Campaign {} queued for all {} recipients", campaign.id(), audience);
			return 0;
		}
		Integer queued = this.transactions.execute(status -> {
			int count = 0;
			for (Recipient recipient : batch) {
				int fresh = this.jdbc.sql("""
						INSERT INTO campaign_recipients (campaign_id, resident_id, queued_at) VALUES (:campaign, :resident, :now)
						ON CONFLICT (campaign_id, resident_id) DO NOTHING""")
					.param("campaign", campaign.id())
					.param("resident", recipient.resident())
					.param("now", now.toEpochMilli())
					.update();
				if (fresh > 0) {
					send(campaign, new ResidentId(recipient.resident()), recipient.channel());
					count++;
				}
			}
			return count;
		});
		return queued == null ? 0 : queued;
	}

	private void send(Campaign campaign, ResidentId resident, Channel channel) {
		Reply reply = this.messages.reply(campaign, channel);
		if (reply.options().isEmpty()) {
			this.outbox.enqueueCampaign(resident, List.of(reply), campaign.id());
		}
		else if (!this.prompts.promptCampaign(resident, Turn.of(HandledAs.COMMAND, reply), campaign.id())) {
			this.outbox.enqueueCampaign(resident, List.of(this.messages.withoutOptions(campaign, channel)), campaign.id());
		}
	}

	/**
	 * The next residents to reach: confirmed subscribers to one of the campaign's topics, on one of its
	 * channels, in one of its wards if it names any, not suppressed, not yet queued.
	 */
	private List<Recipient> audience(Campaign campaign) {
		String wards = campaign.wards().isEmpty() ? "" : " AND s.ward IN (:wards)";
		JdbcClient.StatementSpec query = this.jdbc.sql("""
				SELECT s.resident_id, MIN(s.channel) FROM subscriptions s
				WHERE s.status = 'CONFIRMED' AND s.topic IN (:topics) AND s.channel IN (:channels)""" + wards + """
				 AND NOT EXISTS (SELECT 1 FROM campaign_suppressions x WHERE x.resident_id = s.resident_id)
				 AND NOT EXISTS (SELECT 1 FROM campaign_recipients c WHERE c.campaign_id = :campaign AND c.resident_id = s.resident_id)
				GROUP BY s.resident_id ORDER BY s.resident_id LIMIT :batch""")
			.param("topics", campaign.topics())
			.param("channels", campaign.channels())
			.param("campaign", campaign.id())
			.param("batch", this.properties.batchSize());
		if (!campaign.wards().isEmpty()) {
			query = query.param("wards", campaign.wards());
		}
		return query.query((rs, row) -> new Recipient(rs.getString(1), Channel.valueOf(rs.getString(2)))).list();
	}

	private record Recipient(String resident, Channel channel) {
	}
}
