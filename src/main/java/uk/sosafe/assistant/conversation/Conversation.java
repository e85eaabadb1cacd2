package uk.sosafe.assistant.conversation;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import uk.sosafe.assistant.conversation.spi.ReplyOption;

/**
 * A resident's conversation state: the flow that owns it (if any), that flow's state, and the options
 * offered last, which are the only option values the resident may send next.
 */
class Conversation {

	private final String residentId;

	private String mode;

	private String flowState;

	private String offeredOptions;

	private Instant updatedAt;

	private Long version;

	Conversation(String residentId, String mode, String flowState, String offeredOptions, Instant updatedAt,
			Long version) {
		this.residentId = residentId;
		this.mode = mode;
		this.flowState = flowState;
		this.offeredOptions = offeredOptions;
		this.updatedAt = updatedAt;
		this.version = version;
	}

	static Conversation start(String residentId, Instant now) {
		return new Conversation(residentId, null, null, null, now, null);
	}

	String residentId() {
		return this.residentId;
	}

	String offeredOptions() {
		return this.offeredOptions;
	}

	Instant updatedAt() {
		return this.updatedAt;
	}

	/** The version read (null for a state never saved). */
	Long version() {
		return this.version;
	}

	void savedAs(long version) {
		this.version = version;
	}

	boolean inFlow() {
		return this.mode != null;
	}

	String mode() {
		return this.mode;
	}

	String flowState() {
		return this.flowState;
	}

	void enterFlow(String flow, String state) {
		this.mode = flow;
		this.flowState = state;
	}

	void leaveFlow() {
		this.mode = null;
		this.flowState = null;
	}

	boolean offered(String optionValue) {
		return offeredValues().contains(optionValue);
	}

	List<String> offeredValues() {
		return this.offeredOptions == null || this.offeredOptions.isEmpty() ? List.of()
				: Arrays.asList(this.offeredOptions.split("\n"));
	}

	void offer(List<ReplyOption> options, Instant now) {
		this.offeredOptions = String.join("\n", options.stream().map(ReplyOption::value).toList());
		this.updatedAt = now;
	}
}
