package uk.sosafe.assistant.campaign;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import uk.sosafe.assistant.conversation.spi.Channel;
import uk.sosafe.assistant.conversation.spi.Reply;
import uk.sosafe.assistant.conversation.spi.ReplyOption;
import uk.sosafe.assistant.conversation.spi.SurveyInvitation;

/**
 * What a campaign sends on a channel: its text with how to stop, and its reply options (values
 * {@code camp:<start code>:<number>}) or a button that opens its survey, carrying the start code so the
 * survey's responses are counted for the campaign. Also the plain version for a resident who is in the
 * middle of something, whose conversation the options must not cut across.
 */
@Component
class CampaignMessages {

	static final String REPLY = "camp:";

	private final MessageSource messages;

	CampaignMessages(MessageSource messages) {
		this.messages = messages;
	}

	/** The message with its options, if it has any. */
	Reply reply(Campaign campaign, Channel channel) {
		return new Reply(withStopLine(campaign.textFor(channel), channel), options(campaign), List.of());
	}

	/** The message without options; a survey invitation says how to start the survey by typing. */
	Reply withoutOptions(Campaign campaign, Channel channel) {
		String text = withStopLine(campaign.textFor(channel), channel);
		return Reply.text(campaign.surveyId() == null ? text
				: text + "\n\n" + phrase("campaign.survey.typed", campaign.surveyId()));
	}

	/** The labels of the options a message with these reply options (blank ones left out) or this survey shows. */
	List<String> optionLabels(List<String> options, String surveyId) {
		if (surveyId != null && !surveyId.isBlank()) {
			return List.of(phrase("campaign.option.survey"));
		}
		return options.stream().filter(option -> option != null && !option.isBlank()).map(String::strip).toList();
	}

	List<ReplyOption> options(Campaign campaign) {
		List<ReplyOption> options = new ArrayList<>();
		if (campaign.surveyId() != null) {
			options.add(new ReplyOption(phrase("campaign.option.survey"),
					new SurveyInvitation(campaign.surveyId(), campaign.startCode()).optionValue()));
		}
		List<String> labels = campaign.options();
		for (int i = 0; i < labels.size(); i++) {
			options.add(new ReplyOption(labels.get(i), REPLY + campaign.startCode() + ":" + (i + 1)));
		}
		return options;
	}

	/** A reply option's start code and number, if the value is one. */
	static Optional<Chosen> chosen(String value) {
		String[] parts = value == null || !value.startsWith(REPLY) ? new String[0] : value.substring(REPLY.length()).split(":");
		if (parts.length != 2 || !parts[1].matches("[1-9]")) {
			return Optional.empty();
		}
		return Optional.of(new Chosen(parts[0], Integer.parseInt(parts[1])));
	}

	/** Every campaign message says how to stop them. */
	static String withStopLine(String text, Channel channel) {
		String stop = channel == Channel.SMS ? "Text STOP to stop." : "Say unsubscribe to stop these messages.";
		return text.contains(channel == Channel.SMS ? "STOP" : "unsubscribe") ? text : text.strip() + "\n\n" + stop;
	}

	private String phrase(String key, Object... args) {
		return this.messages.getMessage(key, args, Locale.ENGLISH);
	}

	/** A reply option chosen: the campaign's start code, and which option (from 1). */
	record Chosen(String startCode, int number) {
	}
}
