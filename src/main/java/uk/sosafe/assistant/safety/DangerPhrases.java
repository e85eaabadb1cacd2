package uk.sosafe.assistant.safety;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A first, simple detector of danger and disclosures from phrase patterns. It errs towards caution for
 * emergencies; the answers issue replaces it with a measured detector.
 */
final class DangerPhrases {

	private record Rule(Pattern pattern, Concern concern) {
	}

	private static final List<Rule> RULES = List.of(
			rule("(kill|hurt|harm) myself|end (it|my life)|don'?t want to (be here|live)|suicid", "self-harm", true),
			rule("overdose|not breathing|collapsed|unconscious", "medical-emergency", true),
			rule("(has|got|with) (a )?(knife|gun|machete|weapon)", "violence-or-weapon", true),
			rule("(child|son|daughter|kid) (is |has gone )?missing", "missing-person", true),
			rule("courier (is )?(coming|on (his|the) way)|move (my|the) money (now|today)", "fraud-in-progress", true),
			rule("(hits|hit|beats|chokes|strangles?) me|partner (hurts|controls)|won'?t let me (leave|go out)",
					"domestic-abuse", false),
			rule("moved into my (flat|home|house)|taken over my (flat|home|house)", "cuckooing", false),
			rule("(owes?|owe) (older )?(boys|them) money|run(ning)? (parcels|drugs) for", "child-exploitation", false),
			rule("because (i'?m|i am) (black|muslim|jewish|gay|polish|disabled|trans)", "hate-crime", false));

	private DangerPhrases() {
	}

	private static Rule rule(String regex, String category, boolean emergency) {
		return new Rule(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
				new Concern(category, emergency));
	}

	static Optional<Concern> find(String text) {
		return RULES.stream().filter(rule -> rule.pattern().matcher(text).find()).map(Rule::concern).findFirst();
	}
}
