package uk.sosafe.assistant.conversation;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import uk.sosafe.assistant.text.PhraseScan;

/**
 * What the assistant will not take on: greetings and thanks get a greeting; requests to find a person,
 * buy drugs, do homework or override its instructions, and abuse, get a calm refusal; council services
 * and everyday topics get a polite redirect.
 */
final class Scope {

	enum Kind {
		GREETING, REFUSAL, COUNCIL, ELSEWHERE
	}

	private static final Pattern GREETING = Pattern.compile("^(?:(?:hi+|hello|helo|hey+|hiya|heya|yo|hallo|howdy|good "
			+ "(?:morning|afternoon|evening|day)|morning|evening|afternoon|greetings|thanks|thank you|thankyou|thx|ta|"
			+ "cheers|many thanks|thanks a lot|thank you so much|thank u|thanku|ty|ok|okay|great|lovely|brilliant|perfect|helpful|"
			+ "really helpful|that'?s (?:really )?helpful|that helps|is anyone there|anyone there|are you there|"
			+ "is this working|test(?:ing)?|you there|u there|r u there|are u there|is anybody there|anybody there|can (?:anybody|anyone|"
			+ "somebody|someone) (?:read|see|hear) (?:this|me)|that helped|that's helped|that has helped)(?:[\\s,.!?]*(?:there|again|so "
			+ "much|very much|mate|all|everyone|love|hun|pal|u|you|i hope you(?:'re| are) (?:well|ok|okay|good)|for that|a lot|loads|for your help|for the help|for helping|u so much|thats really helpful|that's really helpful|that was helpful|that helped|"
			+ "bye|x+))*[\\s,.!?]*)+$");

	private static final PhraseScan REFUSAL = PhraseScan.compile("\\b",
			// finding people
			"(?:find|track|trace|locate|tell me) (?:out )?(?:where (?:\\S+ ){0,4}(?:lives?|living|stays?|works?|is now)|the "
			+ "(?:home )?address|the location|who (?:this|that) (?:number|person) (?:is|belongs))\\b|"
			+ "where (?:does|do|did) (?:my |his |her |the |this )?\\w+ (?:live|living|stay|work)|"
			+ "(?:give|get|send|tell) me (?:his|her|their) (?:phone |mobile )?number|(?:registration |registered )?(?:owner|keeper) of "
			+ "(?:the|that|this) (?:car|van|vehicle)|registration owner|(?:phone |mobile )?number of (?:the|that|this|a|"
			+ "my) (?:lad|man|woman|girl|guy|bloke|person|neighbour|kid|boy|driver|owner)\\b|"
			+ "(?:what(?:'s| is)|give me|get me|send me|find) (?:the |his |her |their )?(?:home )?(?:address|location|"
			+ "phone number and (?:home )?address|number and address)|address of|track (?:this|a|his|her|my \\w+'s) "
			+ "(?:phone|number|location)|(?:where|who) (?:is|does) (?:this|that) (?:number|person)|"
			// buying drugs
			+ "(?:where|who) (?:can|do|could) (?:i|we|you) (?:buy|get|score|cop|pick up) (?:some )?(?:weed|coke|cocaine|"
			+ "ket|ketamine|pills|mdma|drugs|gear|bud|charlie|nos|nangs|crack|heroin|spice)|who sells (?:weed|coke|"
			+ "cocaine|ket|drugs|gear|pills|nos)|get hold of (?:some )?(?:weed|coke|ket|pills|drugs|gear|nos)|"
			+ "(?:plug|dealer)'?s? (?:number|contact)|(?:buy|order|get) (?:some )?(?:xanax|diazepam|valium|tramadol|codeine|"
			+ "oxy\\w*|pills|weed|coke|ket|mdma|drugs)\\b.{0,20}(?:online|without (?:a )?prescription)|buy (?:some )?(?:weed|coke|ket|drugs|pills) (?:in|near|round)|"
			// homework and other tasks
			+ "homework|my essay|an essay|assignment for|coursework|write (?:me )?(?:a|an|my) (?:\\d+ word )?(?:\\w+ ){0,2}"
			+ "(?:essay|poem|story|song|script|code|program|letter)|python|javascript|sql query|"
			// overriding instructions
			+ "ignore (?:all |your |the )?(?:previous|prior|above|earlier)? ?instructions|system prompt|hidden "
			+ "instructions|your (?:instructions|prompt|config|configuration|rules)|you are now|pretend (?:you are|to be)|"
			+ "^(?:please |can you |could you |now )?act as|you (?:will|must|should) act as|jailbreak|developer mode|\\bdan\\b|"
			// abuse at the assistant
			+ "(?:useless|stupid|shit|crap|rubbish|pathetic|dumb|thick) (?:\\w+ ){0,4}(?:bot|robot|app|thing|machine)|"
			+ "f+u+c+k+ (?:off|you)|\\bf\\*+\\w*|shut up|piss off|(?:you'?re|ur|u r|you are) (?:so |really |well |proper )?"
			+ "(?:useless|stupid|shit|thick|rubbish|pathetic|dumb|an idiot|a joke)|(?:you|you're|ur) (?:an? )?(?:absolute |"
			+ "complete |total )(?:idiot|moron|joke)|worst (?:chat ?bot|bot|app) ever|(?:ur|you're|you are) a (?:useless|pathetic|"
			+ "stupid) (?:pile|piece|waste)|pretend (?:you're|ur|u r)|talk dirty", "");

	private static final PhraseScan COUNCIL = PhraseScan.compile("\\b", "bins|bin (?:day|collection|men|lorry|bags?)|(?:the|my|our|a|recycling|black|green|brown|blue) bin|"
			+ "bin day|recycling|collection day|council tax|"
			+ "parking (?:permit|fine|ticket)|permit|housing (?:list|register|benefit|application)|council hous\\w*|"
			+ "benefit(?:s)? (?:claim|payment)|hasn'?t been paid|planning (?:permission|application)|potholes?|"
			+ "street ?lights?|leisure cent(?:re|er)|swimming|pool|library|register (?:my child|for school|with a gp)|"
			+ "school (?:place|admission|holidays)|schools? (?:break|term)|bus pass|garden waste|allotment|"
			+ "marriage|birth certificate|electoral|voting|council (?:job|meeting|office|website|flat|house|home|property)|"
			+ "(?:book|request|arrange) a repair|housing repairs?|repairs? (?:team|line|service)|boiler|damp|mould|drains?|gull(?:y|ies)|dropped kerb|kerb|the tip|household waste|recycling cent(?:re|er)|"
			+ "register (?:the |a )?(?:death|birth)|dead (?:fox|badger|deer|cat|dog|animal|bird|pigeon)|jobs? (?:going|at the council)|"
			+ "vacanc\\w*|recycl\\w*|tv licen[cs]e|parking (?:ticket|charge)|penalty charge|single yellow|double yellow|licen[cs]e (?:until|conditions|"
			+ "application|hours)|licen[cs]ing|(?:object|objection) to (?:a |the |its )?licen[cs]e|hedges?|(?:tree|branches) "
			+ "(?:is |are )?(?:hanging|overhanging)|universal credit|blue badge|lamp ?posts? (?:is |are )?(?:out|broken|flickering|not working|keeps? flickering)|tenancy deposit|(?:my |the )?deposit "
			+ "back|return my deposit", "\\b");

	private static final PhraseScan ELSEWHERE = PhraseScan.compile("\\b", "weather|rain|forecast|sunny|football|match|"
			+ "score|boro|won|win last night|tell (?:me |us )?(?:a |another )?joke|know any jokes|recipe|takeaway|restaurant|chinese|pizza|plumber|electrician|"
			+ "broadband|wifi|train|trains|kings cross|bus times|cinema|film|movie|what year|history of|new town|"
			+ "tell me about yourself|meaning of life|gp|doctors?|dentists?|nhs|capital of|how old are you|"
			+ "favourite|sing|song|horoscope|lottery|shop open|opening times|what time does|museum|airport|public transport|"
			+ "(?:hospital|gp|dentist) appointment|the lister|open on (?:bank holiday|sunday|christmas|boxing day)|bus number|"
			+ "(?:what|wat|wot) time (?:does|do|is)|sunday lunch|good place (?:for|to eat)|fireworks display|(?:book|cheap|cheaper|package|a) holiday|holiday (?:in|to|deals?)|spain|portugal|microchip\\w*|"
			+ "translat\\w*|phone screen|get it fixed|lost property|lost (?:my )?(?:wallet|purse|"
			+ "keys|umbrella|glasses)|left my (?:purse|wallet|bag|phone|umbrella) on the (?:bus|train)|special constable|"
			+ "post office (?:open|opening)|(?:renew|renewing) (?:a |my )?passport|on the (?:telly|tv)|crime drama|stevenage fc|"
			+ "boro|win on saturday", "\\b");

	private static final PhraseScan SAFETY_TERMS = PhraseScan.compile("\\b", "reporting cent(?:re|er)s?|rap(?:e|ed|ist)|sexual\\w*|spiked|speeding|speedin|priorit\\w*|third[- ]party|flyers|stickers|fly[- ]?post\\w*|scam\\w*|fraud\\w*|con(?:ned)?|abus\\w*|dump\\w*|"
			+ "fly[- ]?tip\\w*|graffiti|tag(?:s|ging)|drug\\w*|deal(?:er|ing)|crime|criminal|police|report\\w*|asb|"
			+ "anti[- ]?social|nuisance|neighbour\\w*|threat\\w*|hate|racis\\w*|st(?:ea|o)l\\w*|theft|thie\\w*|burgl\\w*|"
			+ "knife|knives|gang\\w*|violen\\w*|harass\\w*|stalk\\w*|safe|unsafe|scared|afraid|danger\\w*|attack\\w*|"
			+ "weed|cannabis|cocaine|nitrous|exploit\\w*|cuckoo\\w*|trafficking|slavery|rogue|cowboy|doorstep|"
			+ "yobs?|youths|teenagers|scooters?|bikes?|racing|joyrid\\w*|"
			// the rest of what the articles cover: drink and drugs, money and romance scams, prejudice, warning signs
			+ "heroin|crack|addict\\w*|rehab|alcohol\\w*|drinking|drunk|pills|overdos\\w*|dating|romance|money|cash|"
			+ "bank (?:card|account|details|transfer)|banking|savings|gay|lesbian|trans|transgender|transphob\\w*|transition\\w*|religio\\w*|muslim|jewish|banter|called names|names at|legal|illegal|"
			+ "against the law|red flags?|warning signs?|signs? of|skipping school|second phone|grooming|missing|"
			+ "dumped|sofa|mattress|rubbish|bags? of|abuse|violence|controlling|bruises?|hurt\\w*|assault\\w*|"
			+ "follow\\w*|victim\\w*|offence|arrest\\w*|passports?|wages|unpaid|trafficked|forced (?:labour|to work)|"
			+ "modern slavery|swear\\w*|intimidat\\w*|rowdy|noise|noisy|teens|yout(?:h|hs)|group of|gangs?|chimney|roof\\w*|"
			+ "builders?|traders?|cold call\\w*|deposit|crimestoppers|101|999|link|fake|genuine|legit|"
			+ "coke|ket|mdma|spice", "\\b");

	private Scope() {
	}

	/** What scope a message falls in before the knowledge base is asked, if it is clearly out. */
	static Optional<Kind> before(String message) {
		String text = normalise(message);
		if (GREETING.matcher(text).matches()) {
			return Optional.of(Kind.GREETING);
		}
		return REFUSAL.foundIn(text) ? Optional.of(Kind.REFUSAL) : Optional.empty();
	}

	/**
	 * Words that name a route rather than a harm: "report a pothole", "next to the police station". With nothing
	 * else from community safety beside them, they do not bring a council service into scope.
	 */
	private static final java.util.Set<String> ROUTE_WORDS = java.util.Set.of("report", "reporting", "reported", "police",
			"neighbour", "neighbours", "neighbour's", "neighbours'", "crime", "deposit");

	/** A message this long tells a story: the knowledge base reads it, whatever everyday words it holds. */
	private static final int STORY_WORDS = 30;

	/** Whether a message is plainly about something else (no community-safety words but routes at all). */
	static Optional<Kind> plainlyElsewhere(String message) {
		String text = normalise(message);
		if (text.split("\\s+").length > STORY_WORDS) {
			return Optional.empty();
		}
		return safetyTerm(text) ? Optional.empty() : after(message);
	}

	/** Whether the text holds a community-safety word other than a word of the routes ("police", "report"). */
	private static boolean safetyTerm(String text) {
		PhraseScan.Matches terms = SAFETY_TERMS.in(text);
		while (terms.find()) {
			if (!ROUTE_WORDS.contains(text.substring(terms.start(), terms.end()))) {
				return true;
			}
		}
		return false;
	}

	/** Whether a message no article answered is about something outside community safety. */
	static Optional<Kind> after(String message) {
		String text = normalise(message);
		if (COUNCIL.foundIn(text)) {
			return Optional.of(Kind.COUNCIL);
		}
		return ELSEWHERE.foundIn(text) ? Optional.of(Kind.ELSEWHERE) : Optional.empty();
	}

	private static String normalise(String message) {
		return Normalizer.normalize(message, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace('\u2019', '\'').strip();
	}
}
