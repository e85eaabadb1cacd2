package uk.sosafe.assistant.conversation.spi;

import java.util.List;

/** Queues outbound messages for a resident in a priority lane; a dispatcher sends them through the channel. */
public interface Outbox {

	/** Queues the replies for a resident as one outbound message where they fit. */
	void enqueue(ResidentId resident, List<Reply> replies, Lane lane);
}
