package uk.sosafe.assistant.conversation.spi;

/**
 * Sends a resident a message they did not ask for (an invitation to a survey, say) whose options they
 * can then choose, by button or by number, as if the assistant had just said it in the conversation.
 */
public interface Prompts {

	/**
	 * Queues the turn in the lane and accepts the options of its last reply as the resident's next
	 * choice. Nothing is sent, and {@code false} returned, to a resident who cannot be prompted: unknown,
	 * opted out, protected (nothing unprompted after a disclosure), on a channel that cannot push (the
	 * web chat), or in the middle of a flow, which the prompt must not cut across.
	 */
	boolean prompt(ResidentId resident, Turn turn, Lane lane);

	/**
	 * Queues a campaign's message the same way, in the campaign lane and tagged with the campaign, for a
	 * resident the campaign has already chosen. Returns {@code false}, queuing nothing, when the options
	 * cannot be offered now (the resident is in the middle of a flow), so the campaign can send its text
	 * without them.
	 */
	boolean promptCampaign(ResidentId resident, Turn turn, String campaignId);
}
