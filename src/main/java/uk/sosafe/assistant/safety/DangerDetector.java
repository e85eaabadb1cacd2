package uk.sosafe.assistant.safety;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import uk.sosafe.assistant.safety.Signal.Strength;
import uk.sosafe.assistant.text.PhraseScan;

/**
 * Decides whether a message tells of danger now, a disclosure, or neither, and which category fits.
 * Danger signals count unless negated or hypothetical; a past event without anything happening now is
 * not an emergency (except intent to die, which always is); a worrying situation asked about as a
 * question is a question for the knowledge base, while harm to a person is a disclosure however asked.
 */
final class DangerDetector {

	/** Everyday phrases that use danger words innocently; removed before matching. */
	private static final Pattern IDIOMS = Pattern.compile("\\b(?:dying (?:to|for)|to die for|(?:nearly |almost )?died "
			+ "(?:laughing|of (?:laughter|embarrassment|shame))|killer (?:deal|price|offer|heels|app)|kill for a|"
			+ "(?:will|would|gonna|going to) kill me if (?:i'm|i am|i) (?:late|forget|don't|do)|murder a \\w+|"
			+ "(?:is|was) (?:murder|a nightmare)|knocked (?:em|them) dead|is killing me|killing it|"
			+ "(?:battery|phone|laptop) (?:is |has )?(?:dead|died)|overdose of (?:sugar|chocolate|caffeine)|"
			+ "shoot (?:me|you) (?:a|an) (?:text|message|email)|knife sharpening|(?:got|were|was) (?:absolutely )?"
			+ "slaughtered|bomb(?:ed)? (?:it|the exam)|(?:nearly|almost) (?:had|have) a heart attack|"
			+ "heart attack when|choked on (?:the|a|my) (?:last )?(?:question|exam|test|penalty|final)|"
			+ "(?:gonna|going to|will|i'll) kill (?:my|him|her) (?:brother|sister|mate|husband|wife|kids?) (?:he|she|they|for|if)|"
			+ "hang (?:me|you|him|her) out to dry|lost my head|(?:car|phone|battery|laptop) died|screamed the house down|"
			+ "butchered|we were robbed|(?:a )?little terror|smashed (?:my|the|it|that) (?:driving |theory )?(?:test|exam|"
			+ "interview|it)|fights sleep|hit the (?:jackpot|big time|road|gym|shops|sack|hay)|"
			+ "(?:shot|shoot|shooting) (?:some|a few|loads of|lots of|a|the)? ?(?:\\w+ )?(?:photos?|pics?|pictures?|videos?|footage|film|scenes?)|"
			+ "bored to death|(?:zombie |video |computer |new )?game where you [^.,!?]{0,40}|(?:shooting|shot|shoots|killing|killed|kills) (?:me|him|her|us) (?:in|on) (?:fortnite|the game|cod|"
			+ "call of duty|minecraft|roblox|gta|warzone|fifa)|(?:got |i )?(?:burnt|burned|cut) (?:myself |my (?:hand|finger|arm|thumb) )?(?:making|cooking|on the "
			+ "(?:oven|iron|kettle|toaster))|spiked the punch|boss fight|(?:game|level|boss) (?:keeps|kept) killing me|keeps killing me in (?:the )?(?:game|level|"
			+ "last room)|d(?:ie|ied|ying) (?:of|from) (?:embarrassment|shame|boredom|laughter|cringe)|(?:dead|injured|hurt|run over) (?:fox|cat|dog|badger|deer|pigeon|bird|hedgehog|animal|squirrel|rat)s? "
			+ "(?:is |are )?lying (?:on|in) the \\w+|bleed(?:ing)? (?:me|us|him|her|them) dry|knocked out of (?:the )?(?:cup|competition|tournament|"
			+ "league|round|final)|(?:was|is) (?:a |the )?bomb\\b|dead (?:good|funny|nice|easy|tired)|(?:stabbed|cut|pricked|burnt|burned|trapped|caught) (?:my|his|her) "
			+ "(?:finger|thumb|hand|toe|foot) (?:on|with|in|while|doing|opening)|lost my (?:whole )?(?:essay|work|files?|"
			+ "phone|keys|wallet|purse|voice|job|bet|temper|signal)|(?:proper |a |total )?knock ?out|smashed it|"
			+ "kill me,? (?:i'm|i am) (?:late|going to be late)|(?:nearly |almost )?choked on (?:a|the|my|his|her) "
			+ "(?:fish ?bone|bone|sweet|crisp|drink|food|dinner|tea)|(?:battery|phone|laptop|charge) (?:is |'s )?(?:about|going|gonna) "
			+ "to die|drown(?:ing)? in (?:paperwork|work|emails|debt|washing|homework|admin)|(?:nearly|almost) gave (?:me|her|him|us|"
			+ "them) a heart attack|robbed (?:at|by) (?:the )?\\w+(?: \\w+)? with (?:them|those|these|the) prices|daylight robbery)\\b");

	private static final RequiredText IDIOM_STARTS = RequiredText.of(IDIOMS.pattern());

	/**
	 * Names of services that hold danger words ("Rape Crisis"): taken out before matching like an idiom, but
	 * asking for one says nothing about whether the rest of the message is danger.
	 */
	private static final Pattern SERVICE_NAMES = Pattern.compile("\\brape crisis\\b");

	/**
	 * A request to the assistant itself to stop writing ("stop messaging me", "leave me alone, no more
	 * surveys"): an opt-out, not a disclosure, as long as nobody else is named as the one who writes.
	 */
	private static final Pattern STOP_TO_US = Pattern.compile("^(?:please |oi |just |can you |could you )*"
			+ "(?:stop|quit|leave me alone|no more|don't (?:message|text|send|contact)|unsubscribe)\\b.{0,60}$");

	/** Someone other than the writer and the assistant: then "stop messaging me" is about them. */
	private static final Pattern THIRD_PARTY = Pattern.compile("\\b(?:he|she|him|her|they|them|someone|somebody|"
			+ "people|ex|man|guy|bloke|woman|girl|boy|lad|partner|boyfriend|girlfriend|husband|wife|neighbour)\\b");

	/**
	 * Words that put a person or an event in a message. A short phrase without any ("CCTV near the shops",
	 * "drugs in the park") names a topic, typically a survey answer; the vote alone does not raise it.
	 */
	private static final Pattern PERSON_OR_EVENT = Pattern.compile("\\b(?:i|i'm|i've|i'll|me|my|mine|we|us|our|you|"
			+ "your|he|he's|she|she's|him|her|his|they|they're|them|their|someone|somebody|anyone|nobody|"
			+ "man|men|woman|women|guy|bloke|lad|lads|girl|boy|kid|kids|child|baby|son|daughter|mum|dad|nan|"
			+ "grandad|help|now|just|please|pls|stabbed|shot|fire|hurt|dying|dead|bleeding|attacked|stabbing|"
			+ "shooting|overdose|overdosed|collapsed|swallowed|took|taken|jumped|fell|fallen|trapped|locked|"
			+ "chasing|following|followed|breaking|smashing|screaming|choking|missing|gone)\\b");

	/** Something that began in the past and goes on ("since last night", "still", "i can hear him"). */
	private static final Pattern STILL = Pattern.compile("\\b(?:since|still|ever since|can (?:hear|see)|is being|are being|"
			+ "won't stop|keeps?|hasn't (?:come|been)|haven't (?:seen|heard)|never came (?:back|home)|(?:not|didn't|never) (?:come|came) "
			+ "(?:back|home)|phone (?:is )?(?:off|dead))\\b");

	/** Phrases of at most this many words need a person or an event before the vote may raise them. */
	static final int SHORT_PHRASE_WORDS = 8;

	private static final Pattern LAUGHING = Pattern.compile("\\b(?:lol|haha\\w*|lmao)\\b|, ha[!.]*$|😂|🤣");

	/**
	 * A request to the assistant to play a part or drop its rules ("pretend you're my girlfriend", "you are now in
	 * developer mode"): only a phrase signal, never the vote, can make it a disclosure.
	 */
	private static final Pattern INSTRUCTIONS_TO_US = Pattern.compile("^(?:please |can you |could you )?(?:pretend|act as|"
			+ "imagine you(?:'re| are)|you are now|you're now|ignore (?:all |your |the )?(?:previous|prior|above|earlier)|"
			+ "tell me where .{0,40} lives?\\b|where does .{0,30} live\\b)");

	private static final Pattern FRAUD_CONTEXT = Pattern.compile("\\b(?:bank|police|fraud|courier|account|card|cash|crypto|loan|profits?|transfer|pay|quid|scam|pretending|"
			+ "whatsapp|pension|withdraw|branch|deposit|"
			+ "money|savings|pin|scotland yard|detective|hmrc|officer|evidence|gold|£)");

	private static final Pattern CHILD_CONTEXT = Pattern.compile("\\b(?:" + DangerSignals.CHILD + "|i'm (?:1[0-7]|[5-9])\\b|"
			+ "i am (?:1[0-7]|[5-9])\\b|school|pupil|young person|youth worker|youth club|lads? at)");

	private static final Pattern DOMESTIC_CONTEXT = Pattern.compile("\\b(?:" + DangerSignals.PARTNER + "|(?:he|she)'?s?"
			+ " .{0,40}(?:kitchen|bedroom|bathroom|living room|upstairs|at me|in the house)|(?:shouting|screaming|yelling)"
			+ " at me)\\b");

	/** Someone close to the victim: a partner, a relative, someone living with them. */
	private static final Pattern CLOSE_PEOPLE = Pattern.compile("\\b(?:" + DangerSignals.PARTNER + "|" + DangerSignals.FAMILY
			+ "|ex's|bloke|fella|step ?\\w+|(?:my|our) (?:house|flat|home)|at home|lives? with|living with|moved in|baby|kids|"
			+ "children|room|bedroom|bathroom|kitchen|living room|lounge|upstairs|downstairs|wardrobe|loo|front door|back door)\\b");

	/** Where people who are not family meet: then a bedroom or a locked door does not make the harmer close. */
	private static final Pattern STRANGER_PLACES = Pattern.compile("\\b(?:party|club|nightclub|pub|date|dating|app|taxi|uber|"
			+ "stranger|guy|his friend|his mate|friend's (?:flat|house)|hotel|festival|gym|young man)\\b");

	/** A partner or relative named: close whatever the place. */
	private static final Pattern CLOSE_KIN = Pattern.compile("\\b(?:" + DangerSignals.PARTNER + "|" + DangerSignals.FAMILY + ")\\b");

	/** Kinds of harm a stranger or acquaintance does, that a message's words can point to instead of domestic abuse. */
	private static final List<String> STRANGER_HARM = List.of("sexual-violence", "child-exploitation", "modern-slavery",
			"hate-crime", "stalking-harassment", "cuckooing", "violence-or-weapon", "fraud-in-progress");

	/** A non-molestation order protects from a partner or relative: its breach is domestic abuse. */
	private static final Pattern NON_MOLESTATION = Pattern.compile("\\bnon[- ]?mol(?:estation)?\\b");

	private static final List<String> PRIORITY = List.of("self-harm", "medical-emergency", "sexual-violence",
			"child-abuse", "child-exploitation", "domestic-abuse", "cuckooing", "modern-slavery", "missing-person",
			"fraud-in-progress", "stalking-harassment", "hate-crime", "adult-at-risk", "violence-or-weapon", "other");

	private static final List<String> CAN_BE_URGENT = List.of("domestic-abuse", "child-abuse", "sexual-violence",
			"violence-or-weapon", "stalking-harassment", "hate-crime", "cuckooing", "child-exploitation", "modern-slavery",
			"missing-person", "adult-at-risk", "fraud-in-progress", "self-harm", "medical-emergency", "other");

	/** Physical harm that a plain "now" makes urgent ("he hit me now"); the rest need a clear sign of now. */
	private static final List<String> PHYSICAL = List.of("domestic-abuse", "child-abuse", "sexual-violence",
			"violence-or-weapon");

	private static final Pattern ADULT_AT_RISK_CONTEXT = Pattern.compile("\\b(?:carer|care worker|elderly|dementia|"
			+ "learning disabilit\\w*|(?:[6-9]\\d|100) (?:year|yr)s? old|is (?:[7-9]\\d|100)\\b|vulnerable)");

	private static final Map<Strength, Integer> WEIGHTS = new EnumMap<>(
			Map.of(Strength.ACUTE, 4, Strength.HARM, 3, Strength.CONCERN, 2));

	/** How much each category word counts beside the neighbours' share of that category. */
	static final double WORD_WEIGHT = 0.75;

	private record Found(Signal signal, Strength strength) {
	}

	/** Below this share of danger among the nearest examples, the vote does not raise a concern. */
	static final double DANGER_SHARE = 0.5;

	/** A message asked as a question needs nearly all its neighbours to be danger before the vote raises it. */
	static final double QUESTION_DANGER_SHARE = 0.9;

	/** From this share of emergencies among the danger examples nearby, the vote calls it an emergency. */
	static final double EMERGENCY_SHARE = 0.45;

	/** From this learnt chance of danger now, a message is an emergency (chosen on sets the model had not learnt from). */
	private static final double EMERGENCY_CHANCE = 0.8;

	private final NeighbourVote vote;

	private final SafetyModel categories;

	/**
	 * @param vote the nearest labelled examples, or null for the phrase signals alone
	 * @param categories the model that names a concern's category, or null for the category rules alone
	 */
	DangerDetector(NeighbourVote vote, SafetyModel categories) {
		this.vote = vote;
		this.categories = categories;
	}

	DangerDetector(NeighbourVote vote) {
		this(vote, null);
	}

	DangerDetector() {
		this(null, null);
	}

	/** The everyday phrases taken out before matching (for tests of the shortcut that skips them). */
	static Pattern idioms() {
		return IDIOMS;
	}

	Optional<Concern> assess(String message) {
		return assess(message, doc -> false);
	}

	/**
	 * The phrase signals decide first; the nearest labelled examples then raise what the signals missed,
	 * and can make a disclosure an emergency when the message also says it is happening now.
	 */
	Optional<Concern> assess(String message, java.util.function.IntPredicate excluded) {
		String normalised = SafetyText.normalise(message);
		String named = normalised.contains("crisis") ? SERVICE_NAMES.matcher(normalised).replaceAll(" ") : normalised;
		String text = IDIOM_STARTS.mayMatch(named) ? IDIOMS.matcher(named).replaceAll(" ") : named;
		boolean idiom = !text.equals(named);
		SafetyModel.Reading reading = this.categories == null ? null : this.categories.read(text);
		return raise(new Clues(text), idiom, excluded, reading).map(concern -> new Concern(category(concern, text, reading),
				concern.emergency()));
	}

	/** The model names the kind of a concern when there is one; otherwise the rules' category, refined by who is harmed. */
	private static String category(Concern concern, String text, SafetyModel.Reading reading) {
		return reading == null ? VictimRules.refine(concern.category(), text) : reading.category();
	}

	private Optional<Concern> raise(Clues clues, boolean idiom, java.util.function.IntPredicate excluded,
			SafetyModel.Reading reading) {
		String text = clues.text;
		if (STOP_TO_US.matcher(text).find() && !THIRD_PARTY.matcher(text).find()) {
			return Optional.empty();
		}
		Optional<Concern> signalled = signals(clues);
		if (this.vote == null) {
			return signalled;
		}
		Optional<NeighbourVote.Vote> vote = this.vote.voteOnNormalised(text, excluded);
		boolean over = clues.past() && !clues.nowish() && !clues.still();
		if (signalled.isPresent()) {
			Concern concern = signalled.get();
			boolean nowToo = vote.filter(v -> v.dangerShare() >= DANGER_SHARE && v.emergencyShare() >= EMERGENCY_SHARE)
				.isPresent() && clues.nowish();
			boolean learnt = !concern.emergency() && !nowToo && likelyNow(clues, idiom, over, reading);
			return Optional.of(nowToo || learnt ? new Concern(concern.category(), true) : concern);
		}
		if (clues.laughing() || clues.instructions()) {
			return Optional.empty();
		}
		if (clues.topicOnly()) {
			return Optional.empty();
		}
		// A danger word used as an everyday phrase was taken out: what is left must be danger by itself.
		if (idiom && contentWords(text) < 2) {
			return Optional.empty();
		}
		double needed = clues.onlyAsked() || idiom ? QUESTION_DANGER_SHARE : DANGER_SHARE;
		Optional<Concern> voted = vote.filter(v -> v.dangerShare() >= needed).map(v -> {
			String category = category(v, text);
			boolean emergency = v.emergencyShare() >= EMERGENCY_SHARE || clues.immediate();
			// a past event with nothing happening now is not an emergency, except intent to die
			return new Concern(category, emergency && (!over || "self-harm".equals(category)));
		});
		if (voted.filter(Concern::emergency).isPresent() || !likelyNow(clues, idiom, over, reading)) {
			return voted;
		}
		return Optional.of(new Concern(voted.map(Concern::category).orElse("other"), true));
	}

	/**
	 * Whether the learnt model is near sure the message tells of danger now. It never counts for an
	 * everyday phrase, a past event with nothing happening now, laughter, instructions to us or a topic
	 * named in a few words: the same guards the vote has.
	 */
	private static boolean likelyNow(Clues clues, boolean idiom, boolean over, SafetyModel.Reading reading) {
		if (reading == null || idiom || over || clues.laughing() || clues.instructions() || clues.topicOnly()) {
			return false;
		}
		return reading.emergencyChance() >= EMERGENCY_CHANCE;
	}

	/** Words that carry meaning: what is left of "i'm going to drown in paperwork" once the idiom is out has none. */
	static int contentWords(String text) {
		return (int) java.util.Arrays.stream(text.split("[^\\p{L}\\p{N}']+"))
			.filter(word -> word.length() > 2 && !FUNCTION_WORDS.contains(word))
			.count();
	}

	private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of("i'm", "i've", "i'll", "going", "gonna",
			"the", "and", "but", "was", "were", "are", "you", "your", "this", "that", "with", "for", "about", "just", "really",
			"so", "then", "now", "today", "again", "got", "get", "have", "has", "had", "will", "ill", "its", "it's", "all",
			"out", "off", "too", "very", "can", "could", "would", "bit", "lol", "honestly", "literally");

	/** A short phrase with no person and no event in it: a topic named, not something that happened. */
	static boolean topicOnly(String text) {
		String[] words = text.split("[^\\p{L}\\p{N}']+");
		long count = java.util.Arrays.stream(words).filter(word -> !word.isEmpty()).count();
		return count <= SHORT_PHRASE_WORDS && !PERSON_OR_EVENT.matcher(text).find();
	}

	/** The category the neighbours and the category words agree on most. */
	private static String category(NeighbourVote.Vote vote, String text) {
		Map<String, Integer> words = CategoryWords.count(text);
		Map<String, Double> scores = new LinkedHashMap<>(vote.categoryShares());
		words.forEach((category, count) -> scores.merge(category, WORD_WEIGHT * Math.min(count, 3), Double::sum));
		return scores.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(vote.category());
	}

	private Optional<Concern> signals(Clues clues) {
		String text = clues.text;
		if (clues.laughing() && !text.contains("help")) {
			return Optional.empty();
		}
		List<Found> found = find(clues);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		boolean acute = found.stream().anyMatch(f -> f.strength() == Strength.ACUTE);
		boolean urgent = found.stream().anyMatch(f -> urgent(f, clues));
		boolean harm = found.stream().anyMatch(f -> f.strength() == Strength.HARM);
		boolean told = !clues.onlyAsked();
		if (!acute && !urgent && !harm && !told) {
			return Optional.empty();
		}
		return Optional.of(new Concern(category(found, clues), acute || urgent));
	}

	/** Harm said with "now", or a worrying situation that is clearly happening at this moment. */
	private static boolean urgent(Found found, Clues clues) {
		String category = found.signal().category();
		if (!CAN_BE_URGENT.contains(category)) {
			return false;
		}
		// "since this morning" began in the past and goes on: it does not make a plain "now" less urgent
		boolean plainNowCounts = found.strength() == Strength.HARM && PHYSICAL.contains(category)
				&& (!clues.past() || clues.still());
		return plainNowCounts ? clues.nowish() : clues.immediate();
	}

	private List<Found> find(Clues clues) {
		String text = clues.text;
		boolean past = clues.past();
		boolean now = clues.nowish();
		boolean ongoing = clues.still();
		boolean child = CHILD_CONTEXT.matcher(text).find();
		List<Found> found = new ArrayList<>();
		for (Signal signal : DangerSignals.ALL) {
			if (!signal.mayMatch(text) || !applies(signal, text, child)) {
				continue;
			}
			PhraseScan.Matches matcher = signal.phrases().in(text);
			while (matcher.find()) {
				boolean acute = signal.strength() == Strength.ACUTE;
				boolean imagined = acute && "self-harm".equals(signal.category()) ? Framing.imaginedIntent(text, matcher.start())
						: Framing.hypothetical(text, matcher.start(), acute);
				if (Framing.negated(text, matcher.start()) || imagined) {
					continue;
				}
				Strength strength = acute && past && !now && !ongoing && !signal.category().equals("self-harm") ? Strength.HARM
						: signal.strength();
				found.add(new Found(signal, strength));
				break;
			}
		}
		return found;
	}

	private static boolean applies(Signal signal, String text, boolean child) {
		return switch (signal.category()) {
			case "fraud-in-progress" -> FRAUD_CONTEXT.matcher(text).find();
			case "child-exploitation" -> child;
			default -> true;
		};
	}

	private static String category(List<Found> found, Clues clues) {
		String text = clues.text;
		Map<String, Integer> scores = new LinkedHashMap<>();
		for (Found f : found) {
			int weight = urgent(f, clues) ? weight(Strength.ACUTE) : weight(f.strength());
			scores.merge(f.signal().category(), weight, Integer::sum);
		}
		Integer injury = scores.remove("injury");
		if (scores.isEmpty() && injury != null) {
			scores.put("medical-emergency", injury);
		}
		if (scores.containsKey("adult-at-risk") && ADULT_AT_RISK_CONTEXT.matcher(text).find()) {
			scores.merge("adult-at-risk", 2, Integer::sum);
		}
		boolean domestic = DOMESTIC_CONTEXT.matcher(text).find() || NON_MOLESTATION.matcher(text).find();
		if (domestic) {
			int violence = Math.max(scores.getOrDefault("violence-or-weapon", 0), scores.getOrDefault("other", 0));
			int order = text.contains("order") || text.contains("not allowed") || text.contains("bail")
					? scores.getOrDefault("stalking-harassment", 0) : 0;
			if (Math.max(violence, order) > 0) {
				scores.merge("domestic-abuse", Math.max(violence, order) + 1, Math::max);
			}
		}
		int best = scores.values().stream().mapToInt(Integer::intValue).max().orElse(0);
		boolean close = CLOSE_PEOPLE.matcher(text).find() && (!STRANGER_PLACES.matcher(text).find() || CLOSE_KIN.matcher(text).find());
		if (best > 0 && scores.getOrDefault("domestic-abuse", 0) == best && !close) {
			// harm by someone who is neither a partner nor family: the other words say what kind of harm it is
			Optional<String> other = strangerHarm(text);
			if (other.isPresent()) {
				return other.get();
			}
		}
		return PRIORITY.stream().filter(category -> scores.getOrDefault(category, 0) == best).findFirst().orElse("other");
	}

	/** The kind of stranger harm the words of a message point to most, if any. */
	private static Optional<String> strangerHarm(String text) {
		Map<String, Integer> words = CategoryWords.count(text);
		words.keySet().retainAll(STRANGER_HARM);
		int most = words.values().stream().mapToInt(Integer::intValue).max().orElse(0);
		return PRIORITY.stream().filter(category -> most > 0 && words.getOrDefault(category, 0) == most).findFirst();
	}

	private static int weight(Strength strength) {
		return WEIGHTS.get(strength);
	}

	/**
	 * One normalised message and what its framing says, each part worked out once, when first asked: the
	 * signals, the vote and the learnt model's guards ask the same questions of the same message.
	 */
	private static final class Clues {

		private static final int PAST = 0;

		private static final int IMMEDIATE = 1;

		private static final int NOWISH = 2;

		private static final int STILL_GOING = 3;

		private static final int ONLY_ASKED = 4;

		private static final int LAUGHS = 5;

		private static final int INSTRUCTS = 6;

		private static final int TOPIC_ONLY = 7;

		private final String text;

		/** The questions answered so far, and those answered yes, one bit each. */
		private int answered;

		private int yes;

		Clues(String text) {
			this.text = text;
		}

		boolean past() {
			return answer(PAST, Framing::past);
		}

		boolean immediate() {
			return answer(IMMEDIATE, Framing::immediate);
		}

		boolean nowish() {
			return answer(NOWISH, text -> immediate() || Framing.plainNow(text));
		}

		boolean still() {
			return answer(STILL_GOING, text -> STILL.matcher(text).find());
		}

		boolean onlyAsked() {
			return answer(ONLY_ASKED, Framing::onlyAsked);
		}

		boolean laughing() {
			return answer(LAUGHS, text -> LAUGHING.matcher(text).find());
		}

		boolean instructions() {
			return answer(INSTRUCTS, text -> INSTRUCTIONS_TO_US.matcher(text).find());
		}

		boolean topicOnly() {
			return answer(TOPIC_ONLY, DangerDetector::topicOnly);
		}

		private boolean answer(int question, java.util.function.Predicate<String> rule) {
			int bit = 1 << question;
			if ((this.answered & bit) == 0) {
				this.answered |= bit;
				if (rule.test(this.text)) {
					this.yes |= bit;
				}
			}
			return (this.yes & bit) != 0;
		}
	}
}
