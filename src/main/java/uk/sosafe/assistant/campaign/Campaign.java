package uk.sosafe.assistant.campaign;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import uk.sosafe.assistant.conversation.spi.Channel;

/**
 * An awareness campaign. Guards its own rules: only a draft can be changed, and changing it needs a new
 * approval; approval must come from someone other than the author; nothing sends until approved; a
 * cancelled campaign never sends again; pause and resume only while it is scheduled or sending. It may
 * offer up to three reply options or invite residents to a survey, not both.
 */
@Table("campaigns")
public class Campaign {

	@Id
	private final String id;

	private String title;

	private String telegramText;

	private String smsText;

	private String topics;

	private String wards;

	private String channels;

	private boolean urgent;

	private String replyOptions;

	private String surveyId;

	private Instant sendAt;

	private CampaignStatus status;

	private final String author;

	private String approvedBy;

	private Instant approvedAt;

	private final String startCode;

	private int audience;

	private final Instant createdAt;

	private Instant updatedAt;

	@Version
	private Long version;

	Campaign(String id, String title, String telegramText, String smsText, String topics, String wards, String channels,
			boolean urgent, String replyOptions, String surveyId, Instant sendAt, CampaignStatus status, String author,
			String approvedBy, Instant approvedAt, String startCode, int audience, Instant createdAt, Instant updatedAt,
			Long version) {
		this.id = id;
		this.title = title;
		this.telegramText = telegramText;
		this.smsText = smsText;
		this.topics = topics;
		this.wards = wards;
		this.channels = channels;
		this.urgent = urgent;
		this.replyOptions = replyOptions;
		this.surveyId = surveyId;
		this.sendAt = sendAt;
		this.status = status;
		this.author = author;
		this.approvedBy = approvedBy;
		this.approvedAt = approvedAt;
		this.startCode = startCode;
		this.audience = audience;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.version = version;
	}

	/**
	 * What a campaign says and to whom.
	 *
	 * @param options up to three reply options residents can choose (buttons on Telegram, numbers by SMS)
	 * @param surveyId a survey the campaign invites residents to, or {@code null}
	 * @param sendAt when it should go once approved and sent, or {@code null} for as soon as it is sent
	 */
	public record Content(String title, String telegramText, String smsText, Set<CampaignTopic> topics, Set<String> wards,
			Set<Channel> channels, boolean urgent, List<String> options, String surveyId, Instant sendAt) {

		/** The most reply options a campaign may offer. */
		public static final int MAX_OPTIONS = 3;

		/** The longest reply option: a button on Telegram, a line of a text. */
		public static final int MAX_OPTION_LENGTH = 40;

		public Content {
			options = options == null ? List.of() : options.stream().filter(option -> option != null && !option.isBlank())
				.map(String::strip).toList();
			surveyId = surveyId == null || surveyId.isBlank() ? null : surveyId.strip();
		}

		/** Content with no reply options and no survey. */
		public Content(String title, String telegramText, String smsText, Set<CampaignTopic> topics, Set<String> wards,
				Set<Channel> channels, boolean urgent) {
			this(title, telegramText, smsText, topics, wards, channels, urgent, List.of(), null, null);
		}

		/** This content, to go at a planned time. */
		public Content sendingAt(Instant at) {
			return new Content(this.title, this.telegramText, this.smsText, this.topics, this.wards, this.channels, this.urgent,
					this.options, this.surveyId, at);
		}

		void check(Instant now) {
			if (this.title == null || this.title.isBlank()) {
				throw new CampaignRuleException("Give the campaign a title.");
			}
			if (this.topics == null || this.topics.isEmpty()) {
				throw new CampaignRuleException("Choose at least one topic: the campaign goes to residents who subscribed to it.");
			}
			if (this.channels == null || this.channels.isEmpty()) {
				throw new CampaignRuleException("Choose at least one channel: TELEGRAM or SMS.");
			}
			if (this.channels.contains(Channel.WEB)) {
				throw new CampaignRuleException("Campaigns go by Telegram or SMS; the web chat cannot be sent to.");
			}
			if (this.channels.contains(Channel.TELEGRAM) && blank(this.telegramText)) {
				throw new CampaignRuleException("Write the Telegram text, or leave Telegram out of the channels.");
			}
			if (this.channels.contains(Channel.SMS) && blank(this.smsText)) {
				throw new CampaignRuleException("Write the SMS text, or leave SMS out of the channels.");
			}
			checkOptions();
			if (this.sendAt != null && this.sendAt.isBefore(now)) {
				throw new CampaignRuleException("Choose a send time in the future, or leave it empty to send it when it is sent.");
			}
		}

		private void checkOptions() {
			if (this.options.size() > MAX_OPTIONS) {
				throw new CampaignRuleException("Offer at most three reply options.");
			}
			if (this.options.stream().anyMatch(option -> option.length() > MAX_OPTION_LENGTH)) {
				throw new CampaignRuleException(
						"Keep each reply option to 40 characters: it is a button on Telegram and a line of a text.");
			}
			if (this.options.stream().distinct().count() < this.options.size()) {
				throw new CampaignRuleException("Give each reply option different words.");
			}
			if (!this.options.isEmpty() && this.surveyId != null) {
				throw new CampaignRuleException("A campaign can offer reply options or invite residents to a survey, not both.");
			}
		}

		private static boolean blank(String text) {
			return text == null || text.isBlank();
		}
	}

	static Campaign draft(String id, String author, Content content, String startCode, Instant now) {
		content.check(now);
		Campaign campaign = new Campaign(id, null, null, null, null, null, null, false, null, null, null, CampaignStatus.DRAFT,
				author, null, null, startCode, 0, now, now, null);
		campaign.write(content, now);
		return campaign;
	}

	/** Changes the content; only a draft can change, and an approved one goes back to draft. */
	void change(Content content, Instant now) {
		if (this.status != CampaignStatus.DRAFT && this.status != CampaignStatus.APPROVED) {
			throw new CampaignRuleException("This campaign is " + words(this.status) + " and can no longer be changed.");
		}
		content.check(now);
		write(content, now);
		this.status = CampaignStatus.DRAFT;
		this.approvedBy = null;
		this.approvedAt = null;
	}

	/** A second person approves: never the author. */
	void approve(String approver, Instant now) {
		if (this.status != CampaignStatus.DRAFT) {
			throw new CampaignRuleException("Only a draft can be approved; this campaign is " + words(this.status) + ".");
		}
		if (approver.equals(this.author)) {
			throw new CampaignRuleException("Someone other than the author must approve a campaign.");
		}
		this.status = CampaignStatus.APPROVED;
		this.approvedBy = approver;
		this.approvedAt = now;
		this.updatedAt = now;
	}

	/**
	 * Schedules an approved campaign: for {@code at} if given, otherwise for its planned time, and never
	 * before now (a time that has passed means at once).
	 */
	void schedule(Instant at, Instant now) {
		if (this.status != CampaignStatus.APPROVED) {
			throw new CampaignRuleException(this.status == CampaignStatus.DRAFT
					? "This campaign has not been approved, so it cannot be sent."
					: "This campaign is " + words(this.status) + " and cannot be scheduled again.");
		}
		Instant when = at != null ? at : this.sendAt;
		this.status = CampaignStatus.SCHEDULED;
		this.sendAt = when == null || when.isBefore(now) ? now : when;
		this.updatedAt = now;
	}

	boolean isDue(Instant now) {
		return this.status == CampaignStatus.SCHEDULED && !this.sendAt.isAfter(now);
	}

	void startSending(Instant now) {
		this.status = CampaignStatus.SENDING;
		this.updatedAt = now;
	}

	void queuedAll(int audience, Instant now) {
		this.status = CampaignStatus.QUEUED_ALL;
		this.audience = audience;
		this.updatedAt = now;
	}

	/** Every message is final: the campaign is done. */
	void finish(Instant now) {
		if (this.status != CampaignStatus.QUEUED_ALL) {
			throw new CampaignRuleException(
					"Only a campaign queued for everyone can finish; this one is " + words(this.status) + ".");
		}
		this.status = CampaignStatus.FINISHED;
		this.updatedAt = now;
	}

	void pause(Instant now) {
		if (this.status != CampaignStatus.SCHEDULED && this.status != CampaignStatus.SENDING
				&& this.status != CampaignStatus.QUEUED_ALL) {
			throw new CampaignRuleException("Only a scheduled or sending campaign can be paused; this one is " + words(this.status) + ".");
		}
		this.sendAt = this.status == CampaignStatus.SCHEDULED ? this.sendAt : now;
		this.status = CampaignStatus.PAUSED;
		this.updatedAt = now;
	}

	void resume(Instant now) {
		if (this.status != CampaignStatus.PAUSED) {
			throw new CampaignRuleException("Only a paused campaign can be resumed.");
		}
		this.status = CampaignStatus.SCHEDULED;
		this.updatedAt = now;
	}

	void cancel(Instant now) {
		if (this.status == CampaignStatus.CANCELLED) {
			throw new CampaignRuleException("This campaign is already cancelled.");
		}
		if (this.status == CampaignStatus.FINISHED) {
			throw new CampaignRuleException("This campaign has finished: every message has gone, so there is nothing to cancel.");
		}
		this.status = CampaignStatus.CANCELLED;
		this.updatedAt = now;
	}

	private void write(Content content, Instant now) {
		this.title = content.title().strip();
		this.telegramText = content.telegramText();
		this.smsText = content.smsText();
		this.topics = join(content.topics().stream().map(CampaignTopic::value).toList());
		this.wards = join(content.wards() == null ? List.of() : List.copyOf(content.wards()));
		this.channels = join(content.channels().stream().map(Channel::name).toList());
		this.urgent = content.urgent();
		this.replyOptions = content.options().isEmpty() ? null : String.join("\n", content.options());
		this.surveyId = content.surveyId();
		this.sendAt = content.sendAt();
		this.updatedAt = now;
	}

	private static String join(List<String> values) {
		return String.join(",", new TreeSet<>(values));
	}

	private static List<String> split(String joined) {
		return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(","));
	}

	private static String words(CampaignStatus status) {
		return status.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
	}

	public String id() {
		return this.id;
	}

	public String title() {
		return this.title;
	}

	public String telegramText() {
		return this.telegramText;
	}

	public String smsText() {
		return this.smsText;
	}

	public List<String> topics() {
		return split(this.topics);
	}

	public List<String> wards() {
		return split(this.wards);
	}

	public List<String> channels() {
		return split(this.channels);
	}

	public boolean urgent() {
		return this.urgent;
	}

	/** The reply options offered, in order (the first is answered with 1). */
	public List<String> options() {
		return this.replyOptions == null || this.replyOptions.isEmpty() ? List.of() : List.of(this.replyOptions.split("\n"));
	}

	/** The survey this campaign invites residents to, or {@code null}. */
	public String surveyId() {
		return this.surveyId;
	}

	public Instant sendAt() {
		return this.sendAt;
	}

	public CampaignStatus status() {
		return this.status;
	}

	public String author() {
		return this.author;
	}

	public String approvedBy() {
		return this.approvedBy;
	}

	public Instant approvedAt() {
		return this.approvedAt;
	}

	public String startCode() {
		return this.startCode;
	}

	public int audience() {
		return this.audience;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Instant updatedAt() {
		return this.updatedAt;
	}

	/** The text for a channel. */
	String textFor(Channel channel) {
		return channel == Channel.SMS ? this.smsText : this.telegramText;
	}
}
