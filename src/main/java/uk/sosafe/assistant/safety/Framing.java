package uk.sosafe.assistant.safety;

import java.util.regex.Pattern;

import uk.sosafe.assistant.text.PhraseScan;

/**
 * How a message is framed: asked as a question, about something hypothetical or past, happening now,
 * or negated. The same words mean danger in "he has a knife" and nothing in "what if someone has a knife".
 */
final class Framing {

	/** Signs of now, as phrases. */
	private static final String IMMEDIATE_PHRASES = "right now|at the moment|as (?:i|we) (?:speak|type|"
			+ "write)|(?<!(?:is on|sunset|weather|football|match|game|film|show|party|dinner|tea|telly|tv) )tonight|this minute|just now|still (?:here|there|in the|outside|inside|in my|in the house)|"
			+ "(?:is|are|'s) outside|(?:banging|knocking|kicking) (?:on|at) (?:the|my) (?:door|window)|hiding|hide in|"
			+ "locked (?:myself |us )?in|in half an hour|within the hour|in (?:the next )?\\d+ min\\w*|on (?:his|her|their|its) way|"
			+ "please help|help me|help us|come back in|when he (?:gets|comes) (?:back|home)|are back|is back|"
			+ "just (?:now|happened|hit|attacked|stabbed|fired|shot|went|grabbed|punched|kicked|pushed|threatened|took|"
			+ "broke|smashed|left|dragged|forced|texted|messaged|phoned|rang|burnt|burned|bit|cut|choked|strangled|slapped|"
			+ "threw|locked|raped|touched|followed|pulled|poured|climbed|spat|spit)|(?:is|are|'s|he's|she's) still (?:\\w+ing|"
			+ "behind|here|there|outside|in)|still behind me|standing (?:at|outside|over|across|by)|alone and scared|"
			+ "(?:is|are) (?:driving around )?looking for (?:me|us|her|him)|already left|on (?:his|her|my) way to|"
			+ "(?:he's|she's|they're|he is|she is|they are) here|can't find (?:him|her|them) anywhere|right behind me|"
			+ "(?:turned up|came|is|are) (?:at |to )?where i am|just turned up|(?:they're|he's|she's|they are|he is|she is) in the (?:next|other) room|"
			+ "(?:are|is) after (?:me|him|her|us)|(?:he's|she's|he has|she has) (?:just )?locked the (?:\\w+ )?doors?|(?:using|on) my "
			+ "(?:son's|sons|daughter's|daughters|kid's|kids|friend's|old) (?:tablet|ipad|phone|laptop)|(?:is|he's|she's|they're|are) "
			+ "coming (?:back|round|over|here)\\b|(?:his|her|their) car is outside|(?:is|am|are|'s|i'm) trapped|"
			+ "banging (?:on )?the windows|(?:an|half an|one|a|\\d+|two|three) hours? ago|\\d+ min(?:ute)?s? ago|minutes ago|"
			+ "(?:he's|she's|they're|he is|she is|they are) (?:\\w+ )?in the (?:next|other|same) room|(?:has|have|'s) been (?:gone|missing|out) (?:for )?(?:\\d+|hours|all|since)|"
			+ "still (?:missing|not (?:back|home))|can hear (?:him|her|them|someone) (?:\\w+ )?(?:calling|shouting|screaming|crying|banging|"
			+ "moaning)|(?:banging|knocking|kicking|hammering|pounding) (?:on|at) (?:the|my|our) "
			+ "(?:\\w+ )?(?:doors?|windows?)|(?:blocking|blocked) the door|(?:can't|cannot|won't let me) get out|locked the (?:car )?doors|this evening|won't let me out|once the (?:kids|bairns|children|baby|weans) (?:are|is) (?:asleep|in bed)|when the "
			+ "(?:kids|bairns|children) (?:are|go) (?:asleep|to bed)|(?:is|'s|he's|she's) coming home (?:early|now|soon)|(?:is|are|'s|he's|she's|they're) at (?:my|the|our) (?:front |back )?"
			+ "(?:door|window|gate)\\b|(?:he's|she's|they're) back\\b|please send (?:someone|somebody|help|the police)|"
			+ "send (?:someone|help|the police) (?:now|quick|please)|waiting for (?:me|her|him|us) (?:at|outside|by|in)|(?:due back|home|back) "
			+ "(?:any|in a) (?:min\\w*|second|moment)|any minute|(?:i'm|im|i am) watching (?:it |him |her |them )?(?:on|through) (?:the )?"
			+ "(?:camera|cctv|monitor)|i (?:can )?hear (?:him|her|them) (?:cry|crying|scream\\w*|shout\\w*)|(?:crying|cry|screaming) "
			+ "(?:\\w+ )?(?:no stop|non ?stop|and won't stop|for hours)|nobody (?:answers?|answering) the door|no (?:adult|grown[- ]?up) (?:anywhere|around|has come back|came back)|"
			+ "(?:shift|work|school|class) (?:ends|finishes) in \\d+|"
			// due later today, at a stated time: "when he finishes work at 6", "before 5 o'clock", "at midnight"
			+ "when (?:he|she|they|mum|dad|my (?:dad|mum|husband|wife|partner|boyfriend|girlfriend|ex)) (?:finishes|gets off|goes to|leaves|comes (?:home )?from) "
			+ "(?:work|his shift|her shift|the pub)|(?:going to|gonna|will|'ll|must|have to|has to|coming|come)\\b[^.,;!?]{0,40}\\b(?:at|before|by) "
			+ "(?:\\d{1,2}(?:[:.]\\d\\d)? ?(?:am|pm|o'?clock)?|midnight|noon|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) ?o'?clock)"
			+ "(?!\\s*(?:yesterday|last|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|tomorrow|next))|(?:just )?did it again|"
			+ "(?:going to|gonna) do it again|(?:he's|she's|they're|he is|she is|they are) (?:on|in|at) (?:the|my|our) "
			+ "(?:drive|driveway|doorstep|front garden|garden|porch|stairs|landing)|(?:doing it|at it|started) again|(?:is|are|'s|'re) (?:waiting|standing|sat|"
			+ "sitting|parked|stood|hanging about) (?:right )?(?:outside|by the|at the|next to|near|across)|next to me|"
			+ "as i (?:write|type|speak)|can't (?:talk|speak)|(?:texting|typing|writing|messaging) (?:you |this )?from "
			+ "(?:the|my|a|under the) (?:bathroom|toilet|loo|wardrobe|cupboard|bed)|(?:he|she|they)'ll hear|on top of (?:me|her|him)|won't leave me alone,? (?:now|right now)?";

	private static final PhraseScan IMMEDIATE = PhraseScan.compile("\\b", IMMEDIATE_PHRASES, "\\b");

	private static final Pattern NOW = Pattern.compile("\\bnow\\b(?! that)");

	private static final Pattern NOT_NOW = Pattern.compile("\\b(?:called|illegal|offence|legal|crime|do|what|it|name|"
			+ "since|by|till|until|home|fine|ok|okay|safe|sorted|fixed|over|better|resolved|gone|all good) now\\b");

	private static final Pattern PAST = Pattern.compile("\\b(?:yesterday|last (?:night|week|weekend|month|year|summer|"
			+ "winter|christmas|time|saturday|sunday|friday)|(?:\\d+|a|an|two|three|few|some|many) (?:days|weeks|months|years|week|month|year) ago|used to|"
			+ "when i was|the other (?:day|night)|overnight|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|"
			+ "in (?:january|february|march|april|may|june|july|august|september|october|november|december)|"
			+ "earlier this (?:year|month|week)|this morning|earlier today|(?:in|during|after) the (?:war|blitz)|in (?:19|20)\\d\\d|back in the day|"
			+ "as a (?:kid|child|teenager))\\b");

	private static final Pattern HYPOTHETICAL_ACUTE = Pattern.compile("\\b(?:if|what if|in case|suppose|supposing|"
			+ "imagine|hypothetically|pretend)\\b");

	private static final Pattern IMAGINED = Pattern.compile("\\b(?:what if|what (?:would|happens|happen)\\b.{0,30}\\bif|"
			+ "suppose|supposing|imagine|hypothetically|pretend|in case|for (?:a|my) (?:story|book|essay|film|play|project))\\b");

	private static final Pattern HYPOTHETICAL = Pattern.compile("\\b(?:if|what if|in case|suppose|supposing|imagine|"
			+ "hypothetically|signs?|how (?:do|can|would) (?:i|you|we) (?:tell|know)|what (?:is|are|does|counts)|"
			+ "what's|does (?:it|that|this) count|would (?:it|that|this) count|is (?:it|this|that) (?:a crime|illegal|"
			+ "legal|abuse|an offence|against the law|normal)|called when|mean when)\\b");

	/**
	 * An "if" that asks about something real: "is it ok to ring 999 if my dad won't wake up", "is it bad if i
	 * took 30 paracetamol". The asker is in the situation, not imagining it.
	 */
	private static final Pattern REAL_IF = Pattern.compile("\\b(?:(?:ring|call|phone|dial|text|contact|get) (?:999|the police|"
			+ "police|an ambulance|ambulance|101|someone|help|the cops)|(?:ok|okay|alright|bad|wrong|dangerous|serious|normal|"
			+ "silly|overreacting|(?:still )?(?:rape|abuse|assault|a crime|illegal|allowed|stalking|harassment))(?: to \\w+)?) if (?:i|he|she|they|my|our|someone|somebody|a|the)\\b");

	/**
	 * The writer telling where they are as they write ("i'm on my daughter's ipad", "typing this in the loo"): then an
	 * "if" in "what do i do if he won't let me out" is about now, not imagined.
	 */
	private static final Pattern WRITER_NOW = Pattern.compile("\\b(?:(?:i'm|i am) (?:on|using) (?:my|a) (?:\\w+'?s? )?(?:ipad|tablet|"
			+ "phone|laptop)|(?:this is|i'm on|i am on|using) (?:my )?(?:friend's|friends|mate's|mates|a friend's) phone|(?:typing|texting|"
			+ "writing|messaging) (?:you |this )?(?:from|in|under) (?:the|my|a)|as (?:i|we) (?:speak|type|write))\\b");

	private static final Pattern NEGATION = Pattern.compile("\\b(?:never|not|no longer|didn't|doesn't|hasn't|haven't|"
			+ "hadn't|wasn't|isn't|don't)\\s+(?:\\w+\\s+){0,2}$");

	private static final Pattern QUESTION = Pattern.compile("\\?|^(?:is|are|am|can|could|should|would|will|what|wot|wat|"
			+ "how|who|where|when|why|do|does|did|any|anyone|anybody|is there|are there)\\b|\\b(?:what (?:can|should|do|"
			+ "could|would) (?:i|we|she|he|they|you|one) do|who (?:do|can|should|could|would) (?:i|we|she|he|they) "
			+ "(?:tell|contact|call|report|talk|speak|go)|where (?:can|do|should|could) (?:i|we|she|he|they|you)|"
			+ "(?:can|should|could) (?:i|we|she|he|they) (?:report|tell|call|get help|ring)|how (?:do|can|should|could) "
			+ "(?:i|we|she|he|they|you)|any (?:advice|help|ideas|tips)|what are (?:my|our|her|his) options|who can help|"
			+ "is (?:it|this|that) (?:normal|abuse|a crime|legal|illegal|ok|allowed|an offence|stalking|harassment)|"
			+ "does (?:it|this|that) count|who deals with|who do i|(?:could|can|is|are|might|would) (?:they|he|she|it|this|that|i|"
			+ "we) be|(?:is|was|are|were) (?:that|this|it|he|she|they) (?:even |really |actually )?(?:real|legal|allowed|aloud|"
			+ "normal|ok|okay|genuine|legit|a scam|(?:a |an )?(?:warning )?sign|(?:a |an )?red flag)|(?:what|who|where|how) (?:now|next)"
			+ "[.!]*$|where (?:to|do i|can i|should i) (?:report|go|get help|ring|call)|who to (?:report (?:it |this |them )?to)"
			+ "|^(?:how to |where to |where do i |how do i )?report\\b.{0,40}$|is it (?:101|999|online)|(?:101|999) or (?:101|999|online)|"
			+ "online or (?:101|999))\\b");

	private Framing() {
	}

	/** Clearly happening now: "right now", "outside my door", "hiding", "on his way". */
	static boolean immediate(String text) {
		return IMMEDIATE.foundIn(text);
	}

	/** Said with a plain "now" that is not "what now" or "illegal now". */
	static boolean plainNow(String text) {
		return NOW.matcher(text).find() && !NOT_NOW.matcher(text).find();
	}

	static boolean past(String text) {
		return PAST.matcher(text).find();
	}

	static boolean question(String text) {
		return QUESTION.matcher(text).find();
	}

	/** Where a message's clauses part: sentence ends, and the joins that add a reason or what is happening. */
	private static final Pattern CLAUSE_BREAK = Pattern.compile("[.?!;]+|,|\\b(?:because|cos|coz|cuz|as)\\b");

	/** What a told part of a message says to show it is going on: now, still, since, just, tonight. */
	private static final Pattern TELLING_NOW = Pattern.compile("\\b(?:can hear|tonight|(?:i've|i have) (?:had|taken) (?:\\d+|"
			+ "twenty|thirty|forty|fifty|loads|all)|(?:hasn't|has not|not) (?:come|been) home|phone (?:is )?off)\\b");

	/**
	 * Asked as a question, and only asked: no later part of the message tells, as a statement, of something
	 * happening now. "How do I report hate crime online, cos there's people outside right now with a brick" asks
	 * and then tells; the telling is what counts.
	 */
	static boolean onlyAsked(String text) {
		if (!question(text)) {
			return false;
		}
		String[] clauses = CLAUSE_BREAK.split(text);
		boolean asking = true;
		for (int i = 0; i < clauses.length; i++) {
			String clause = clauses[i].strip();
			if (clause.isEmpty()) {
				continue;
			}
			if (asking && question(clause)) {
				continue;
			}
			asking = false;
			String rest = String.join(" ", java.util.Arrays.copyOfRange(clauses, i, clauses.length));
			if (!question(clause) && (immediate(rest) || TELLING_NOW.matcher(rest).find())) {
				return false;
			}
		}
		return true;
	}

	/** Whether the words before a match, in the same sentence, make it hypothetical. */
	static boolean hypothetical(String text, int matchStart, boolean acute) {
		return hypothetical(text, matchStart, acute ? HYPOTHETICAL_ACUTE : HYPOTHETICAL);
	}

	/**
	 * Intent to die is imagined only when the message says so ("what if someone took 30 tablets"); a condition on
	 * it is real: "if he sends them i'd rather be dead" is a threat to life.
	 */
	static boolean imaginedIntent(String text, int matchStart) {
		return hypothetical(text, matchStart, IMAGINED);
	}

	private static boolean hypothetical(String text, int matchStart, Pattern framing) {
		String before = sentenceBefore(text, matchStart);
		return framing.matcher(before).find() && !REAL_IF.matcher(before).find()
				&& !WRITER_NOW.matcher(text).find();
	}

	/** Whether the two or three words just before a match negate it ("has never hit me"). */
	static boolean negated(String text, int matchStart) {
		String before = text.substring(Math.max(0, matchStart - 30), matchStart);
		return NEGATION.matcher(before).find();
	}

	private static String sentenceBefore(String text, int matchStart) {
		int start = 0;
		for (int i = matchStart - 1; i >= 0; i--) {
			char c = text.charAt(i);
			// an "if" governs its own clause: "he says i go to prison if i don't pay, i'm in the shop now buying cards"
			if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ',') {
				start = i + 1;
				break;
			}
		}
		return text.substring(start, matchStart);
	}
}
