package uk.sosafe.assistant.campaign;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What residents can subscribe to. The value is stored; the words are what residents may type. */
public enum CampaignTopic {

	SCAMS("scams", "scam", "scams", "fraud", "scam alerts"),
	COMMUNITY("community", "asb", "community", "anti-social behaviour", "antisocial behaviour", "community updates"),
	SURVEYS("surveys", "survey", "surveys", "consultations", "consultation"),
	EVENTS("events", "event", "events");

	private final String value;

	private final String[] words;

	CampaignTopic(String value, String... words) {
		this.value = value;
		this.words = words;
	}

	public String value() {
		return this.value;
	}

	public static Optional<CampaignTopic> of(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String wanted = text.strip().toLowerCase(Locale.ROOT);
		return Arrays.stream(values())
			.filter(topic -> topic.value.equals(wanted) || Arrays.asList(topic.words).contains(wanted))
			.findFirst();
	}
}
