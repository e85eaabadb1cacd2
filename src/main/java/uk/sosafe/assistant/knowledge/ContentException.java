package uk.sosafe.assistant.knowledge;

/** Content that cannot be used as it is, with a message that names the file and what is wrong. */
public class ContentException extends RuntimeException {

	public ContentException(String message) {
		super(message);
	}

	public ContentException(String message, Throwable cause) {
		super(message, cause);
	}
}
