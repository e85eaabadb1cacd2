package uk.sosafe.assistant.safety;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words that point to each disclosure category, used to choose the category once a message is known to
 * tell of danger or harm. Broad on purpose: they never raise a concern on their own.
 */
final class CategoryWords {

	private static final Map<String, Pattern> WORDS = new LinkedHashMap<>();

	static {
		put("self-harm", "suicid\\w*|kill(?:ing)? (?:my|him|her)self|end(?:ing)? (?:it|things|my life|it all)|hang (?:my|him|her)self|"
				+ "pills|tablets|paracetamol|overdos\\w*|cut(?:ting)? (?:my|him|her)self|cutting|self[- ]?harm\\w*|bridge|goodbye|"
				+ "letters|point any ?more|don't want to (?:live|wake|be here)|dark thoughts|not being here|burn marks|scratches|"
				+ "relapsed|engine running|swallowed|wrists|lighter");
		put("medical-emergency", "chest|fallen|can't get up|passed out|being sick|grey|allergic|swelling|diabetic|asthma|"
				+ "inhaler|epipen|breathing|breathe|unconscious|passed out|not moving|isn't moving|twitching|fit|seizure|"
				+ "collapsed|face (?:is )?dropping|stroke|won't wake|can't wake|not answer(?:ing)? me|blue|ambulance|"
				+ "choking|heart");
		put("missing-person", "missing|disappear\\w*|running off|runs off|heard nothing|not been seen|hasn't been seen|hasn't been in touch|"
				+ "haven't heard|vanished|disappeared|lost (?:my|our)|can't find|wandering|walked out|gone \\d+ hours|not come home|"
				+ "hasn't come home|ran off|run away|ran away|nobody has heard|not heard from");
		put("fraud-in-progress", "bank|card|cash|courier|safe account|gold|taxi|cashpoint|remote access|refund|detective|"
				+ "fraud|barclays|hsbc|lloyds|natwest|santander|nationwide|amazon|pin|savings|transfer|withdraw|crypto|"
				+ "investment|fee|fees|inheritance|solicitor|sending money|sent over");
		put("child-exploitation", "county|lines?|deliver\\w*|packages?|parcels?|sold|selling|older (?:lads|boys|men|guy)|"
				+ "groom\\w*|nudes|pics|pictures|snap\\w*|roblox|lookout|trainers|owe\\w*|debt|gang|dragged|"
				+ "pretending to be|another town|picked up by police|exploit\\w*|vapes|24 year old|grown man|hold stuff");
		put("cuckooing", "my (?:flat|place|home)|(?:his|her|their|mum's) (?:flat|place|home)|taken over|took over|"
				+ "won't leave|wont leave|using (?:my|his|her) (?:home|flat|place|kitchen)|crashing at|staying at mine|"
				+ "changed the locks|store drugs|spare key|sofa surfing|tenant|dealing from|living there");
		put("hate-crime", "gay|lesbian|trans|pride|hijab|turban|muslim|mosque|jew\\w*|synagogue|racis\\w*|race|black|"
				+ "asian|polish|romanian|immigrant|foreign|go back|get out of|slurs?|autism|autistic|disab\\w*|wheelchair|"
				+ "religion|learn the language|colour|skin|terrorist|hate");
		put("sexual-violence", "spiked|forced himself|sex|on top of (?:me|her)|rap(?:e|ed)|sexual\\w*|assault\\w*|touch\\w*|grop\\w*|handsy|"
				+ "into my bed|clothes off|pinned (?:me|her) down|didn't agree|wouldn't stop|videos|consent|molest\\w*");
		put("stalking-harassment", "follow\\w*|stalk\\w*|watching|fixated|turns up|turning up|admirer|airtag|tracker|"
				+ "messages|calls|ringing|driving (?:slowly )?past|waiting (?:by|outside)|harass\\w*|hanging up|fake account|"
				+ "order|within \\d+ metres");
		put("domestic-abuse", "partner|husband|wife|boyfriend|girlfriend|ex|fella|missus|he's here|smashing|i'm next|"
				+ "locked me in|checks my|controls?|bruises?|black eye|pushed (?:me )?around|shouts?|shouting|make sure i "
				+ "never see|social services|pension off me|grown up son|unfit");
		put("child-abuse", "toddler|baby|left alone|stepdad|step dad|kill her if she told|pupil|childminder|starving|"
				+ "nits|bruises on|finger[- ]shaped|grabs my arm|our secret|comes in my room|belt|smacks?|neglect\\w*|"
				+ "mums new fella|mum's new fella|school");
		put("adult-at-risk", "carer|care home|vulnerable|old (?:lady|man|gentleman)|elderly|dementia|confused|no heating|"
				+ "benefits|learning disabilit\\w*|autism|wet sheets|no family|full of rubbish|eaten properly|pin|nephew "
				+ "has moved in|water board|8\\d|9\\d");
		put("modern-slavery", "made to work|container|workers|locked us in|kept in a house|lorry|trafficked|passport|no money|no wages|owe him for travel|"
				+ "nail bar|car wash|gangmaster|no pay|unpaid|slipped me a note|never (?:seem to )?leave|boss|work \\d+ hours|locked in the back");
		put("violence-or-weapon", "knife|knives|machete|gun|pellet|balaclavas?|fight|kicking|stab\\w*|weapon|blade|"
				+ "knifepoint|attack\\w*|mugged|punch\\w*|glass\\w*|bottles?|stitches|sort (?:him|my husband) out");
		put("other", "gas|carbon monoxide|co alarm|river|canal|drowning|lift|letterbox|petrol|fire|smoke|breaking into|break in|climbing into|someone's in my house|burglar\\w*|landlord");
	}

	private CategoryWords() {
	}

	private static void put(String category, String regex) {
		WORDS.put(category, Pattern.compile("\\b(?:" + regex + ")\\b"));
	}

	/** How many distinct words of each category the text holds. */
	static Map<String, Integer> count(String text) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		WORDS.forEach((category, pattern) -> {
			Matcher matcher = pattern.matcher(text);
			java.util.Set<String> seen = new java.util.HashSet<>();
			while (matcher.find()) {
				seen.add(matcher.group());
			}
			if (!seen.isEmpty()) {
				counts.put(category, seen.size());
			}
		});
		return counts;
	}
}
