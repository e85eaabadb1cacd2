package uk.sosafe.assistant.conversation;

import java.util.List;

import org.springframework.stereotype.Component;

import uk.sosafe.assistant.conversation.spi.ReplyOption;

/** The topic menu: the first thing residents can choose from. */
@Component
class Topics {

	static final String OPTION_PREFIX = "topic:";

	static final List<String> NAMES = List.of("fraud", "county-lines", "cuckooing", "domestic-abuse", "asb",
			"hate-crime", "drugs", "general");

	private final Phrases phrases;

	Topics(Phrases phrases) {
		this.phrases = phrases;
	}

	List<ReplyOption> options() {
		return NAMES.stream().map(name -> new ReplyOption(label(name), OPTION_PREFIX + name)).toList();
	}

	String label(String name) {
		return this.phrases.get("topic." + name);
	}
}
