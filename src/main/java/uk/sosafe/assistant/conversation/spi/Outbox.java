package uk.sosafe.assistant.conversation.spi;

import java.util.List;

/** Queues outbound messages for a resident in a priority lane; a dispatcher sends them through the channel. */
public interface Outbox {

	/** Queues the replies for a resident as one outbound message where they fit. */
	void enqueue(ResidentId resident, List<Reply> replies, Lane lane);

	/**
	 * Queues a notice that goes even to a resident who opted out: the one confirmation of an opt-out,
	 * the answer to HELP, the farewell after "forget". It keeps its own sealed copy of the address, so it
	 * is delivered even when the resident's record is erased in the same breath.
	 */
	void enqueueNotice(ResidentId resident, List<Reply> replies);
}
