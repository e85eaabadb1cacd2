package uk.sosafe.assistant.console;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import uk.sosafe.assistant.campaign.Campaign;
import uk.sosafe.assistant.campaign.CampaignTopic;
import uk.sosafe.assistant.conversation.spi.Channel;
import uk.sosafe.assistant.conversation.spi.Wards;

/**
 * The "write a campaign" form as typed, shown back when something is missing. Unknown topics, channels and
 * wards (which the form never offers) are left out; the campaign checks the rest.
 */
record CampaignForm(String title, String telegramText, String smsText, List<String> topics, List<String> wards,
		List<String> channels, String urgent, List<String> options, String surveyId) {

	CampaignForm {
		title = text(title);
		telegramText = text(telegramText);
		smsText = text(smsText);
		topics = list(topics);
		wards = list(wards);
		channels = list(channels);
		options = list(options);
		surveyId = text(surveyId);
	}

	static CampaignForm empty() {
		return new CampaignForm(null, null, null, null, null, null, null, null, null);
	}

	public boolean urgentChecked() {
		return this.urgent != null;
	}

	/** The n-th reply option typed (from 0), or nothing. */
	public String option(int index) {
		return index < this.options.size() ? this.options.get(index) : "";
	}

	Campaign.Content content(Wards known) {
		Set<CampaignTopic> topicSet = new LinkedHashSet<>();
		this.topics.forEach(topic -> CampaignTopic.of(topic).ifPresent(topicSet::add));
		Set<Channel> channelSet = EnumSet.noneOf(Channel.class);
		this.channels.stream().filter(channel -> channel.equals("TELEGRAM") || channel.equals("SMS"))
			.forEach(channel -> channelSet.add(Channel.valueOf(channel)));
		Set<String> wardSet = new LinkedHashSet<>();
		this.wards.forEach(ward -> known.find(ward).ifPresent(found -> wardSet.add(found.id())));
		return new Campaign.Content(this.title, blankToNull(this.telegramText), blankToNull(this.smsText), topicSet, wardSet,
				channelSet, urgentChecked(), this.options, blankToNull(this.surveyId));
	}

	/** Which field a campaign rule's message is about, for the error summary's link. */
	static String fieldOf(String message) {
		String lower = message.toLowerCase(Locale.ROOT);
		if (lower.contains("title")) {
			return "title";
		}
		if (lower.contains("topic")) {
			return "topics";
		}
		if (lower.contains("sms text")) {
			return "smsText";
		}
		if (lower.contains("telegram text")) {
			return "telegramText";
		}
		if (lower.contains("reply option")) {
			return "options";
		}
		if (lower.contains("survey")) {
			return "surveyId";
		}
		return "channels";
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

	private static List<String> list(List<String> values) {
		return values == null ? List.of() : List.copyOf(values);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}
}
