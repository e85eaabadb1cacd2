package uk.sosafe.assistant.console;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import uk.sosafe.assistant.campaign.Campaign;
import uk.sosafe.assistant.campaign.CampaignTopic;
import uk.sosafe.assistant.console.CampaignsApi.BadInput;
import uk.sosafe.assistant.conversation.spi.Channel;
import uk.sosafe.assistant.conversation.spi.Wards;
import uk.sosafe.assistant.survey.SurveyCatalogue;

/**
 * A campaign as the staff API takes it, to write or change. Unknown topics, channels, wards and surveys
 * are refused with a reason (400); the campaign's own rules are checked by the campaign (409).
 */
record CampaignDraft(String title, String telegramText, String smsText, List<String> topics, List<String> wards,
		List<String> channels, Boolean urgent, List<String> options, String surveyId, String sendAt) {

	private static final int MAX_TEXT = 4_000;

	Campaign.Content content(Wards knownWards, SurveyCatalogue surveys) {
		for (String text : new String[] { this.title, this.telegramText, this.smsText }) {
			if (text != null && text.length() > MAX_TEXT) {
				throw new BadInput("Texts are limited to 4,000 characters.");
			}
		}
		if (this.surveyId != null && !this.surveyId.isBlank() && surveys.find(this.surveyId.strip()).isEmpty()) {
			throw new BadInput("Unknown survey '" + this.surveyId + "'; use the id of a file in content/surveys.");
		}
		return new Campaign.Content(this.title, this.telegramText, this.smsText, topicSet(), wardSet(knownWards), channelSet(),
				Boolean.TRUE.equals(this.urgent), this.options, this.surveyId, sendAtInstant(this.sendAt));
	}

	/** A send time from the API: an ISO instant, or a date and time in London; null when not given. */
	static Instant sendAtInstant(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LondonTime.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new BadInput("Give the time as an ISO instant (2026-12-01T10:00:00Z) or a London date and time "
					+ "(2026-12-01T10:00).");
		}
	}

	private Set<CampaignTopic> topicSet() {
		Set<CampaignTopic> topicSet = new LinkedHashSet<>();
		for (String topic : listed(this.topics)) {
			topicSet.add(CampaignTopic.of(topic)
				.orElseThrow(() -> new BadInput("Unknown topic '" + topic + "'; use scams, community, surveys or events.")));
		}
		return topicSet;
	}

	private Set<Channel> channelSet() {
		Set<Channel> channelSet = new LinkedHashSet<>();
		for (String channel : listed(this.channels)) {
			try {
				channelSet.add(Channel.valueOf(channel.strip().toUpperCase(Locale.ROOT)));
			}
			catch (IllegalArgumentException ex) {
				throw new BadInput("Unknown channel '" + channel + "'; use TELEGRAM or SMS.");
			}
		}
		return channelSet;
	}

	private Set<String> wardSet(Wards known) {
		Set<String> wardSet = new LinkedHashSet<>();
		for (String ward : listed(this.wards)) {
			wardSet.add(known.find(ward)
				.orElseThrow(() -> new BadInput("Unknown ward '" + ward + "'; use the ids in content/wards.yaml, such as bedwell."))
				.id());
		}
		return wardSet;
	}

	private static List<String> listed(List<String> values) {
		return values == null ? List.of() : values;
	}
}
