package uk.sosafe.assistant.conversation;

import uk.sosafe.assistant.conversation.spi.Turn;

/** Receives a turn inside the transaction that records it. */
@FunctionalInterface
interface TurnSink {

	/**
	 * @param turn what was decided
	 * @param notice whether its replies are a notice that must reach even a resident who opted out
	 */
	void accept(Turn turn, boolean notice);
}
