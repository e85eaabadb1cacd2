package uk.sosafe.assistant.safety;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import uk.sosafe.assistant.conversation.spi.Channel;
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

	/** Categories where a text message is worded so that someone else reading the phone learns little. */
	private static final java.util.Set<String> DISCREET = java.util.Set.of("domestic-abuse", "sexual-violence",
			"stalking-harassment");

	private final MessageSource messages;

	SafetyReplies(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * Who the reply is for: the channel (a text message can be read by someone else holding the phone)
	 * and whether the writer says they are a child or young person.
	 */
	record Audience(Channel channel, boolean young) {
	}

	Turn emergency(String category, Audience audience) {
		String first = phrase("safety.emergency.first");
		return Turn.of(HandledAs.EMERGENCY, List.of(Reply.text(first), Reply.withOptions(routes(category, audience),
				List.of(new ReplyOption(phrase("case.option.offer"), DisclosureIntake.OFFER)))))
			.withDisclosure(new Disclosure(category, true));
	}

	Turn disclosure(String category, Audience audience) {
		String text = believed(category, audience) + "\n\n" + phrase("safety.disclosure.danger-line");
		List<ReplyOption> options = discreet(category, audience)
				? List.of(new ReplyOption(phrase("case.option.offer"), DisclosureIntake.OFFER),
						new ReplyOption(phrase("option.menu"), "menu"))
				: List.of(new ReplyOption(phrase("case.option.offer"), DisclosureIntake.OFFER),
						new ReplyOption(phrase("safety.option.more"), "article:" + MORE_HELP.getOrDefault(category, "report-crime-routes")),
						new ReplyOption(phrase("option.menu"), "menu"));
		return Turn.of(HandledAs.DISCLOSURE, Reply.withOptions(text, options)).withDisclosure(new Disclosure(category, false));
	}

	/**
	 * The safety reply for a resident whose open case has just been given their message: the 999 line
	 * and routes as always, and that the team has it, instead of an offer to pass it on.
	 */
	Turn passedOn(Concern concern, Audience audience, String reference) {
		Reply passed = Reply.withOptions(this.messages.getMessage("case.relay.passed", new Object[] { reference }, Locale.ENGLISH),
				List.of(new ReplyOption(phrase("option.menu"), "menu")));
		Turn turn = concern.emergency()
				? Turn.of(HandledAs.EMERGENCY, List.of(Reply.text(phrase("safety.emergency.first")),
						Reply.text(routes(concern.category(), audience)), passed))
				: Turn.of(HandledAs.DISCLOSURE, List.of(Reply.text(believed(concern.category(), audience)), passed));
		return turn.withDisclosure(new Disclosure(concern.category(), concern.emergency())).withCaseRef(reference);
	}

	/** Believing the resident, then the routes: the heart of every disclosure reply. */
	private String believed(String category, Audience audience) {
		return phrase(discreet(category, audience) ? "safety.disclosure.believe.sms" : "safety.disclosure.believe") + "\n\n"
				+ routes(category, audience);
	}

	/**
	 * The specialist routes for a category. By text, after domestic abuse, sexual violence or stalking,
	 * the words do not name what happened (someone else may read the phone) and suggest deleting the
	 * texts. A young writer is always given Childline too.
	 */
	private String routes(String category, Audience audience) {
		String routes = phrase(discreet(category, audience) ? "safety.routes." + category + ".sms" : "safety.routes." + category);
		if (audience.young() && !routes.contains("0800 1111")) {
			routes = routes + "\n\n" + phrase("safety.young.childline");
		}
		return routes;
	}

	private static boolean discreet(String category, Audience audience) {
		return audience.channel() == Channel.SMS && DISCREET.contains(category);
	}

	private String phrase(String key) {
		return this.messages.getMessage(key, null, Locale.ENGLISH);
	}
}
