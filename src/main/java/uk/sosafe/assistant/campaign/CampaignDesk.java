package uk.sosafe.assistant.campaign;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.sosafe.assistant.conversation.spi.Channel;
import uk.sosafe.assistant.conversation.spi.Lane;
import uk.sosafe.assistant.conversation.spi.Outbox;
import uk.sosafe.assistant.conversation.spi.Reply;
import uk.sosafe.assistant.conversation.spi.Residents;

/**
 * What comms staff do with campaigns: write, change, approve (someone else), test-send, schedule or
 * send, pause, resume, cancel, and follow the results. The campaign guards its own rules; this keeps
 * the outbox in step (held, released or cancelled messages).
 */
@Service
@EnableConfigurationProperties(CampaignProperties.class)
public class CampaignDesk {

	private static final Logger log = LoggerFactory.getLogger(CampaignDesk.class);

	private static final String CODE_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz";

	private static final SecureRandom RANDOM = new SecureRandom();

	/** There is no campaign with that id. */
	public static final class NotFound extends RuntimeException {

		NotFound(String id) {
			super("There is no campaign " + id + ".");
		}
	}

	/**
	 * How a campaign is doing.
	 *
	 * @param replies residents who wrote or chose anything after it was queued for them
	 * @param answers how many residents chose each reply option, by its words
	 * @param surveyStarted survey responses begun from its invitation
	 * @param surveyFinished survey responses finished from its invitation
	 */
	public record Results(String id, String title, CampaignStatus status, int audience, Map<String, Long> messages,
			Map<String, Long> failures, long optedOutSince, long replies, long deepLinkStarts, Map<String, Long> answers,
			long surveyStarted, long surveyFinished) {
	}

	private final Campaigns campaigns;

	private final Outbox outbox;

	private final Residents residents;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final CampaignMessages messages;

	private final CampaignResponses responses;

	CampaignDesk(Campaigns campaigns, Outbox outbox, Residents residents, JdbcClient jdbc, Clock clock,
			CampaignMessages messages, CampaignResponses responses) {
		this.campaigns = campaigns;
		this.outbox = outbox;
		this.residents = residents;
		this.jdbc = jdbc;
		this.clock = clock;
		this.messages = messages;
		this.responses = responses;
	}

	public List<Campaign> list() {
		return this.campaigns.findAll().stream().sorted((a, b) -> b.createdAt().compareTo(a.createdAt())).toList();
	}

	public Campaign find(String id) {
		return this.campaigns.findById(id).orElseThrow(() -> new NotFound(id));
	}

	@Transactional
	public Campaign write(String author, Campaign.Content content) {
		Campaign campaign = Campaign.draft(UUID.randomUUID().toString(), author, content, startCode(), this.clock.instant());
		return this.campaigns.save(campaign);
	}

	@Transactional
	public Campaign change(String id, Campaign.Content content) {
		Campaign campaign = find(id);
		campaign.change(content, this.clock.instant());
		return save(campaign);
	}

	@Transactional
	public Campaign approve(String id, String approver) {
		Campaign campaign = find(id);
		campaign.approve(approver, this.clock.instant());
		log.info("Campaign {} approved", id);
		return save(campaign);
	}

	/**
	 * Sends at {@code at}, or when null at the planned time if it has one, otherwise as soon as possible; a
	 * time that has passed means now. Never in quiet hours unless urgent.
	 */
	@Transactional
	public Campaign send(String id, Instant at) {
		Campaign campaign = find(id);
		campaign.schedule(at, this.clock.instant());
		return save(campaign);
	}

	/** Sends as soon as possible, whatever time was planned (still after quiet hours unless urgent). */
	@Transactional
	public Campaign sendNow(String id) {
		return send(id, this.clock.instant());
	}

	@Transactional
	public Campaign pause(String id) {
		Campaign campaign = find(id);
		campaign.pause(this.clock.instant());
		this.outbox.holdCampaign(id);
		return save(campaign);
	}

	@Transactional
	public Campaign resume(String id) {
		Campaign campaign = find(id);
		campaign.resume(this.clock.instant());
		this.outbox.releaseCampaign(id);
		return save(campaign);
	}

	@Transactional
	public Campaign cancel(String id) {
		Campaign campaign = find(id);
		campaign.cancel(this.clock.instant());
		int cancelled = this.outbox.cancelCampaign(id);
		log.info("Campaign {} cancelled; {} messages not sent", id, cancelled);
		return save(campaign);
	}

	/**
	 * Sends the campaign's text for a channel to one address of the author's choosing (their own phone
	 * or Telegram chat), marked as a test, before it is approved or sent. Its options are shown but not
	 * offered, so nothing chosen from a test is counted in the results.
	 */
	@Transactional
	public void testSend(String id, Channel channel, String address) {
		Campaign campaign = find(id);
		if (channel == Channel.WEB || !campaign.channels().contains(channel.name())) {
			throw new CampaignRuleException("This campaign does not go by " + channel.name() + ".");
		}
		Reply reply = this.messages.reply(campaign, channel);
		this.outbox.enqueue(this.residents.resolve(channel, address),
				List.of(new Reply("[TEST] " + reply.text(), reply.options(), reply.links())), Lane.REPLY);
	}

	/** How long the campaign's text message is as sent, with its stop line and options. */
	public SmsLength smsLength(Campaign campaign) {
		return smsLength(campaign.smsText(), campaign.options(), campaign.surveyId());
	}

	/** How long a text message with these reply options, or this survey's button, would be as sent. */
	public SmsLength smsLength(String smsText, List<String> options, String surveyId) {
		return SmsLength.ofCampaign(smsText == null ? "" : smsText, this.messages.optionLabels(options, surveyId));
	}

	/** The label of a survey invitation's button, as residents see it. */
	public String surveyButtonLabel() {
		return this.messages.optionLabels(List.of(), "any").get(0);
	}

	public Results results(String id) {
		Campaign campaign = find(id);
		long recipients = count("SELECT COUNT(*) FROM campaign_recipients WHERE campaign_id = :id", id);
		long optedOut = count("""
				SELECT COUNT(DISTINCT l.resident_id) FROM consent_ledger l JOIN campaign_recipients c
				ON c.resident_id = l.resident_id AND c.campaign_id = :id
				WHERE l.at >= c.queued_at AND l.action IN ('OPTED_OUT', 'UNSUBSCRIBED')""", id);
		long replies = count("""
				SELECT COUNT(DISTINCT i.resident_id) FROM inbox i JOIN campaign_recipients c
				ON c.resident_id = i.resident_id AND c.campaign_id = :id WHERE i.received_at >= c.queued_at""", id);
		long starts = this.jdbc.sql("SELECT COUNT(*) FROM residents WHERE source = :code").param("code", campaign.startCode())
			.query(Long.class).single();
		CampaignResponses.SurveyCounts survey = this.responses.surveyCounts(id);
		return new Results(id, campaign.title(), campaign.status(), (int) recipients, this.outbox.campaignProgress(id),
				this.outbox.campaignFailures(id), optedOut, replies, starts, this.responses.answers(campaign), survey.started(),
				survey.finished());
	}

	private long count(String sql, String id) {
		return this.jdbc.sql(sql).param("id", id).query(Long.class).single();
	}

	private Campaign save(Campaign campaign) {
		try {
			return this.campaigns.save(campaign);
		}
		catch (OptimisticLockingFailureException ex) {
			throw new CampaignRuleException("The campaign changed while you were working on it; look again.");
		}
	}

	private static String startCode() {
		StringBuilder code = new StringBuilder("c-");
		for (int i = 0; i < 8; i++) {
			code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
		}
		return code.toString();
	}
}
