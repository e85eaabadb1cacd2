package uk.sosafe.assistant.campaign;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import uk.sosafe.assistant.conversation.spi.Channel;
import uk.sosafe.assistant.conversation.spi.ConversationFlow;
import uk.sosafe.assistant.conversation.spi.HandledAs;
import uk.sosafe.assistant.conversation.spi.InboundMessage;
import uk.sosafe.assistant.conversation.spi.Reply;
import uk.sosafe.assistant.conversation.spi.ResidentId;
import uk.sosafe.assistant.conversation.spi.Turn;

/**
 * A resident chose one of a campaign's reply options (a button, or its number by SMS, accepted only while
 * it is the last thing offered): the choice is counted for the campaign and the resident thanked. One
 * step, so it never holds the conversation.
 */
@Component
class CampaignReplyFlow implements ConversationFlow {

	private final Campaigns campaigns;

	private final CampaignResponses responses;

	private final MessageSource messages;

	private final Clock clock;

	CampaignReplyFlow(Campaigns campaigns, CampaignResponses responses, MessageSource messages, Clock clock) {
		this.campaigns = campaigns;
		this.responses = responses;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "campaign-reply";
	}

	@Override
	public Optional<String> startArgument(InboundMessage message) {
		return message.isOption() && CampaignMessages.chosen(message.option()).isPresent() ? Optional.of(message.option())
				: Optional.empty();
	}

	@Override
	public FlowStep start(ResidentId resident, Channel channel, String argument) {
		CampaignMessages.Chosen chosen = CampaignMessages.chosen(argument).orElseThrow();
		Optional<Campaign> campaign = this.campaigns.findByStartCode(chosen.startCode())
			.filter(found -> chosen.number() <= found.options().size());
		if (campaign.isEmpty()) {
			return FlowStep.end(Turn.of(HandledAs.COMMAND, Reply.text(phrase("campaign.reply.gone"))));
		}
		this.responses.recordReply(campaign.get(), resident, chosen.number(), this.clock.millis());
		return FlowStep.end(Turn.of(HandledAs.COMMAND,
				Reply.text(phrase("campaign.reply.thanks", campaign.get().options().get(chosen.number() - 1)))));
	}

	@Override
	public FlowStep handle(InboundMessage message, String state) {
		return FlowStep.end(Turn.of(HandledAs.COMMAND, Reply.text(phrase("campaign.reply.gone"))));
	}

	private String phrase(String key, Object... args) {
		return this.messages.getMessage(key, args, Locale.ENGLISH);
	}
}
