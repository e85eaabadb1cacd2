package uk.sosafe.assistant.conversation.spi;

import java.util.Objects;

/** The internal, pseudonymous id of a resident on one channel address. Safe to log. */
public record ResidentId(String value) {

	public ResidentId {
		Objects.requireNonNull(value, "value");
	}

	@Override
	public String toString() {
		return this.value;
	}
}
