package uk.sosafe.assistant.conversation;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import uk.sosafe.assistant.conversation.spi.Channel;
import uk.sosafe.assistant.conversation.spi.ChannelGateway;
import uk.sosafe.assistant.conversation.spi.Lane;
import uk.sosafe.assistant.conversation.spi.Outbox;
import uk.sosafe.assistant.conversation.spi.Prompts;
import uk.sosafe.assistant.conversation.spi.Reply;
import uk.sosafe.assistant.conversation.spi.ResidentId;
import uk.sosafe.assistant.conversation.spi.Residents;
import uk.sosafe.assistant.conversation.spi.Turn;
import uk.sosafe.assistant.safety.ProtectedResidents;

/**
 * Prompts through the outbox: the turn is queued, recorded in the transcript, and its options become
 * the ones the resident may choose next, all in one transaction, like a turn of the conversation.
 */
@Component
class ConversationPrompts implements Prompts {

	private final Conversations conversations;

	private final Transcript transcript;

	private final Outbox outbox;

	private final Residents residents;

	private final ProtectedResidents protectedResidents;

	/**
	 * Channels that reach a resident who is not looking: not the web chat, whose mailbox only holds
	 * replies about a case for a page that is still open.
	 */
	private final Set<Channel> pushChannels;

	private final TransactionTemplate transactions;

	private final Clock clock;

	ConversationPrompts(Conversations conversations, Transcript transcript, Outbox outbox, Residents residents,
			ProtectedResidents protectedResidents, List<ChannelGateway> gateways,
			PlatformTransactionManager transactionManager, Clock clock) {
		this.conversations = conversations;
		this.transcript = transcript;
		this.outbox = outbox;
		this.residents = residents;
		this.protectedResidents = protectedResidents;
		this.pushChannels = gateways.stream()
			.map(ChannelGateway::channel)
			.filter(channel -> channel != Channel.WEB)
			.collect(Collectors.toUnmodifiableSet());
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	@Override
	public boolean prompt(ResidentId resident, Turn turn, Lane lane) {
		Optional<Channel> channel = this.residents.channelOf(resident);
		if (channel.isEmpty() || !this.pushChannels.contains(channel.get()) || this.residents.isOptedOut(resident)
				|| this.protectedResidents.isProtected(resident)) {
			return false;
		}
		return offer(resident, turn, replies -> this.outbox.enqueue(resident, replies, lane));
	}

	/** The campaign chose the resident (opted-out ones fail in the outbox, with the reason counted). */
	@Override
	public boolean promptCampaign(ResidentId resident, Turn turn, String campaignId) {
		return offer(resident, turn, replies -> this.outbox.enqueueCampaign(resident, replies, campaignId));
	}

	private boolean offer(ResidentId resident, Turn turn, Consumer<List<Reply>> enqueue) {
		try {
			return Boolean.TRUE.equals(this.transactions.execute(status -> offerUnlessInFlow(resident, turn, enqueue)));
		}
		catch (OptimisticLockingFailureException ex) {
			return false;
		}
	}

	/** Offers the turn unless the resident is in a flow; false when they are. */
	private boolean offerUnlessInFlow(ResidentId resident, Turn turn, Consumer<List<Reply>> enqueue) {
		Conversation conversation = this.conversations.findById(resident.value())
			.orElseGet(() -> Conversation.start(resident.value(), this.clock.instant()));
		if (conversation.inFlow()) {
			return false;
		}
		List<Reply> replies = turn.replies();
		conversation.offer(replies.isEmpty() ? List.of() : replies.get(replies.size() - 1).options(), this.clock.instant());
		this.conversations.save(conversation);
		this.transcript.recordOutbound(resident, turn);
		enqueue.accept(replies);
		return true;
	}
}
