package uk.sosafe.assistant.safety;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import uk.sosafe.assistant.conversation.spi.Disclosure;
import uk.sosafe.assistant.conversation.spi.HandledAs;
import uk.sosafe.assistant.conversation.spi.Reply;
import uk.sosafe.assistant.conversation.spi.Turn;

/**
 * The safety replies: an emergency reply starts with 999 (and Silent Solution where speaking may be
 * unsafe); a disclosure reply believes the resident, gives the specialist routes and the 999 line.
 */
@Component
class SafetyReplies {

	private final MessageSource messages;

	SafetyReplies(MessageSource messages) {
		this.messages = messages;
	}

	Turn emergency(String category) {
		String first = phrase("safety.emergency.first");
		String routes = phrase("safety.routes." + category);
		return Turn.of(HandledAs.EMERGENCY, List.of(Reply.text(first), Reply.text(routes)))
			.withDisclosure(new Disclosure(category, true));
	}

	Turn disclosure(String category) {
		String text = phrase("safety.disclosure.believe") + "\n\n" + phrase("safety.routes." + category) + "\n\n"
				+ phrase("safety.disclosure.danger-line");
		return Turn.of(HandledAs.DISCLOSURE, Reply.text(text)).withDisclosure(new Disclosure(category, false));
	}

	private String phrase(String key) {
		return this.messages.getMessage(key, null, Locale.ENGLISH);
	}
}
