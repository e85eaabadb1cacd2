package uk.sosafe.assistant.conversation;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Fixed phrases from content/messages, so wording is content, reviewed like the articles. */
@Component
class Phrases {

	private final MessageSource messages;

	Phrases(MessageSource messages) {
		this.messages = messages;
	}

	String get(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, Locale.ENGLISH);
	}
}
