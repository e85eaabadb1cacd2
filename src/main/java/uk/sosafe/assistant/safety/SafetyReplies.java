package uk.sosafe.assistant.safety;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import uk.sosafe.assistant.conversation.spi.Disclosure;
import uk.sosafe.assistant.conversation.spi.HandledAs;
import uk.sosafe.assistant.conversation.spi.Reply;
import uk.sosafe.assistant.conversation.spi.ReplyOption;
import uk.sosafe.assistant.conversation.spi.Turn;

/**
 * The safety replies: an emergency reply starts with 999 (and Silent Solution where speaking may be
 * unsafe); a disclosure reply believes the resident, gives the specialist routes and the 999 line.
 */
@Component
class SafetyReplies {

	/** The article with more help for each category, offered after a disclosure. */
	private static final Map<String, String> MORE_HELP = Map.ofEntries(Map.entry("domestic-abuse", "domestic-abuse-support"),
			Map.entry("sexual-violence", "sexual-violence-support"), Map.entry("stalking-harassment", "stalking-harassment"),
			Map.entry("child-exploitation", "county-lines-help"), Map.entry("cuckooing", "cuckooing-help"),
			Map.entry("modern-slavery", "modern-slavery"), Map.entry("hate-crime", "hate-crime-report"),
			Map.entry("self-harm", "emergency-help"), Map.entry("medical-emergency", "emergency-help"),
			Map.entry("missing-person", "emergency-help"), Map.entry("fraud-in-progress", "fraud-report"));

	private final MessageSource messages;

	SafetyReplies(MessageSource messages) {
		this.messages = messages;
	}

	Turn emergency(String category) {
		String first = phrase("safety.emergency.first");
		String routes = phrase("safety.routes." + category);
		return Turn.of(HandledAs.EMERGENCY, List.of(Reply.text(first), Reply.withOptions(routes,
				List.of(new ReplyOption(phrase("case.option.offer"), DisclosureIntake.OFFER)))))
			.withDisclosure(new Disclosure(category, true));
	}

	Turn disclosure(String category) {
		String text = phrase("safety.disclosure.believe") + "\n\n" + phrase("safety.routes." + category) + "\n\n"
				+ phrase("safety.disclosure.danger-line");
		List<ReplyOption> options = List.of(new ReplyOption(phrase("case.option.offer"), DisclosureIntake.OFFER),
				new ReplyOption(phrase("safety.option.more"), "article:" + MORE_HELP.getOrDefault(category, "report-crime-routes")),
				new ReplyOption(phrase("option.menu"), "menu"));
		return Turn.of(HandledAs.DISCLOSURE, Reply.withOptions(text, options)).withDisclosure(new Disclosure(category, false));
	}

	private String phrase(String key) {
		return this.messages.getMessage(key, null, Locale.ENGLISH);
	}
}
