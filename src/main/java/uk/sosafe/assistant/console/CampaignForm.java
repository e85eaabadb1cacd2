package uk.sosafe.assistant.console;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.sosafe.assistant.campaign.Campaign;
import uk.sosafe.assistant.campaign.CampaignTopic;
import uk.sosafe.assistant.conversation.spi.Channel;
import uk.sosafe.assistant.conversation.spi.Wards;

/**
 * The "write a campaign" form as typed, shown back when something is missing. Unknown topics, channels and
 * wards (which the form never offers) are left out; the campaign checks the rest. The send time is a date
 * and a time in London ("10:00", "2:30pm"), both or neither.
 */
record CampaignForm(String title, String telegramText, String smsText, List<String> topics, List<String> wards,
		List<String> channels, String urgent, List<String> options, String surveyId, String sendDay, String sendMonth,
		String sendYear, String sendTime, String action) {

	private static final Pattern TIME = Pattern.compile("(\\d{1,2})(?:[:.](\\d{2}))?\\s*(am|pm)?");

	CampaignForm {
		title = text(title);
		telegramText = lines(telegramText);
		smsText = lines(smsText);
		topics = list(topics);
		wards = list(wards);
		channels = list(channels);
		options = list(options);
		surveyId = text(surveyId);
		sendDay = text(sendDay).strip();
		sendMonth = text(sendMonth).strip();
		sendYear = text(sendYear).strip();
		sendTime = text(sendTime).strip();
	}

	static CampaignForm empty() {
		return new CampaignForm(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
	}

	/** Whether staff asked only to check the text's length, not to save. */
	boolean checkOnly() {
		return "check".equals(this.action);
	}

	/** Whether a send time was given at all. */
	boolean hasSendTime() {
		return !(this.sendDay + this.sendMonth + this.sendYear + this.sendTime).isEmpty();
	}

	/** What is wrong with the send time typed, if anything. */
	Optional<String> sendTimeProblem() {
		try {
			sendAt();
			return Optional.empty();
		}
		catch (DateTimeException | NumberFormatException ex) {
			return Optional.of("Enter the send date as day, month and year, and the time such as 10:00 or 2:30pm, "
					+ "or leave them all empty.");
		}
	}

	/** The send time typed, in London, or null when none was. */
	Instant sendAt() {
		if (!hasSendTime()) {
			return null;
		}
		Matcher time = TIME.matcher(this.sendTime.toLowerCase(Locale.ROOT));
		if (!time.matches()) {
			throw new DateTimeException("Not a time: " + this.sendTime);
		}
		int hour = Integer.parseInt(time.group(1));
		if (time.group(3) != null) {
			if (hour < 1 || hour > 12) {
				throw new DateTimeException("Not a time: " + this.sendTime);
			}
			hour = hour % 12 + (time.group(3).equals("pm") ? 12 : 0);
		}
		LocalTime at = LocalTime.of(hour, time.group(2) == null ? 0 : Integer.parseInt(time.group(2)));
		LocalDate day = LocalDate.of(Integer.parseInt(this.sendYear), Integer.parseInt(this.sendMonth),
				Integer.parseInt(this.sendDay));
		return ZonedDateTime.of(day, at, LondonTime.LONDON).toInstant();
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
				channelSet, urgentChecked(), this.options, blankToNull(this.surveyId), sendAt());
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
		if (lower.contains("send time")) {
			return "sendDay";
		}
		return "channels";
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

	/** Browsers send a text box's new lines as CR LF; a text message has plain new lines. */
	private static String lines(String value) {
		return text(value).replace("\r\n", "\n");
	}

	private static List<String> list(List<String> values) {
		return values == null ? List.of() : List.copyOf(values);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}
}
