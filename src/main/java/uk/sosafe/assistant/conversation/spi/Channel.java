package uk.sosafe.assistant.conversation.spi;

/** The ways residents reach the assistant. */
public enum Channel {

	TELEGRAM, SMS, WEB;

	/** Whether this channel needs short answers (article summaries rather than bodies). */
	public boolean prefersShortAnswers() {
		return this == SMS;
	}
}
