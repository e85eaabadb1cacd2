package uk.sosafe.assistant.conversation.spi;

import java.util.Optional;

/**
 * A multi-step conversation (a survey, a disclosure intake) that owns the conversation while it is
 * active. The engine runs the safety check before any flow, and handles "pause" and "menu" itself.
 */
public interface ConversationFlow {

	/** The flow's unique name, stored as the conversation's mode while it is active. */
	String name();

	/** Starts the flow for a resident; {@code argument} is flow-specific (a survey id), may be null. */
	FlowStep start(ResidentId resident, Channel channel, String argument);

	/** Starts the flow from the message that started it; by default the message itself is not used. */
	default FlowStep start(InboundMessage message, String argument) {
		return start(message.resident(), message.channel(), argument);
	}

	/** Handles a message while the flow is active, given the state it returned last time. */
	FlowStep handle(InboundMessage message, String state);

	/**
	 * Called when the safety check answered a message while this flow was active: the flow stays active,
	 * and returns the state to keep, for example to show its question again before taking an answer
	 * (the resident last saw the safety reply, not the question). By default the state is kept as it was.
	 */
	default String interrupted(String state) {
		return state;
	}

	/** Whether the flow can answer this message when it is not active (a command or deep link that starts it). */
	default Optional<String> startArgument(InboundMessage message) {
		return Optional.empty();
	}

	/**
	 * One step of a flow.
	 *
	 * @param turn the replies for this step
	 * @param state the flow's state to hand back next time, or {@code null} when the flow has ended
	 */
	record FlowStep(Turn turn, String state) {

		public static FlowStep next(Turn turn, String state) {
			return new FlowStep(turn, state);
		}

		public static FlowStep end(Turn turn) {
			return new FlowStep(turn, null);
		}

		public boolean ended() {
			return this.state == null;
		}
	}
}
