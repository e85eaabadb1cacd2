package uk.sosafe.assistant.conversation;

import java.time.Duration;

/** Paces sends on one channel: overall and per resident. One per channel, held by the dispatcher. */
interface SendLimiter {

	/** Takes a send for this resident if both limits allow it now and returns zero; else how long to wait. */
	Duration tryAcquire(String resident);

	/** Holds every send on the channel for a while (the platform said "too many requests"). */
	void pause(Duration duration);
}
