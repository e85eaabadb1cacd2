package uk.sosafe.assistant.conversation;

/** A resident sent an option value that was not offered to them in the last reply. */
public class UnknownOptionException extends RuntimeException {

	UnknownOptionException() {
		super("That option was not offered. Send a message, or choose one of the options from the last reply.");
	}
}
