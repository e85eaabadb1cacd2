package uk.sosafe.assistant.conversation.spi;

import java.util.List;
import java.util.Map;

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

	/** Queues a campaign message for a resident in the campaign lane, tagged with the campaign. */
	void enqueueCampaign(ResidentId resident, List<Reply> replies, String campaignId);

	/** Holds a campaign's queued messages (paused, or quiet hours); returns how many were held. */
	int holdCampaign(String campaignId);

	/** Queues a campaign's held messages again; returns how many. */
	int releaseCampaign(String campaignId);

	/** Cancels a campaign's queued and held messages for good; returns how many. */
	int cancelCampaign(String campaignId);

	/** A campaign's messages by status (QUEUED, HELD, SENDING, SENT, DELIVERED, FAILED, UNCERTAIN, CANCELLED). */
	Map<String, Long> campaignProgress(String campaignId);

	/** A campaign's failed messages by reason. */
	Map<String, Long> campaignFailures(String campaignId);
}
