package uk.sosafe.assistant.conversation;

import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import uk.sosafe.assistant.conversation.spi.ChannelGateway;
import uk.sosafe.assistant.conversation.spi.HandledAs;
import uk.sosafe.assistant.conversation.spi.Lane;
import uk.sosafe.assistant.conversation.spi.Outbox;
import uk.sosafe.assistant.conversation.spi.Turn;

/**
 * Handles accepted messages from the inbox: the turn, its replies in the outbox (safety replies in the
 * safety lane) and the inbox row's completion are committed together, so a crash either leaves the
 * message to be handled again or finds it handled, never half. Different residents in parallel.
 */
@Component
class InboxProcessor extends Workers {

	private static final Logger log = LoggerFactory.getLogger(InboxProcessor.class);

	private final JdbcInbox inbox;

	private final ConversationEngine engine;

	private final Outbox outbox;

	private final boolean hasPushChannels;

	private final int workerCount;

	InboxProcessor(JdbcInbox inbox, ConversationEngine engine, Outbox outbox,
			List<ChannelGateway> gateways, @Value("${sosafe.inbox.workers:2}") int workers) {
		this.inbox = inbox;
		this.engine = engine;
		this.outbox = outbox;
		this.hasPushChannels = !gateways.isEmpty();
		this.workerCount = workers;
	}

	/** Handles the next message that may be handled now; returns whether there was one. */
	boolean processNext() {
		Optional<JdbcInbox.Claimed> claimed = this.inbox.claimNext();
		if (claimed.isEmpty()) {
			return false;
		}
		JdbcInbox.Claimed next = claimed.get();
		try {
			this.engine.handle(next.message(), (turn, notice) -> {
				if (notice && !turn.replies().isEmpty()) {
					this.outbox.enqueueNotice(next.message().resident(), turn.replies());
				}
				else if (!turn.replies().isEmpty()) {
					this.outbox.enqueue(next.message().resident(), turn.replies(), laneFor(turn));
				}
				this.inbox.finish(next.id(), "DONE", null);
			});
		}
		catch (UnknownOptionException ex) {
			this.inbox.finish(next.id(), "FAILED", "option not offered");
		}
		catch (JdbcInbox.LeaseLostException ex) {
			log.warn("{}: another instance has it, and this answer was rolled back", ex.getMessage());
		}
		return true;
	}

	static Lane laneFor(Turn turn) {
		return turn.handledAs() == HandledAs.EMERGENCY || turn.handledAs() == HandledAs.DISCLOSURE ? Lane.SAFETY
				: Lane.REPLY;
	}

	@Override
	protected void beginWork() {
		if (!this.hasPushChannels) {
			return;
		}
		startThreads("inbox-worker", this.workerCount, this::processNext, this.inbox.wakeUp());
	}
}
