package uk.sosafe.assistant.safety;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who is being harmed can change the category: harm to a child by a parent or carer is child abuse,
 * not domestic abuse; a home taken over is cuckooing even when a weapon is mentioned; a child drawn
 * into carrying or selling is child exploitation even when the words are about violence or money.
 */
final class VictimRules {

	private static final Pattern CHILD_WRITER = Pattern.compile("\\b(?:i'm|i am) (?:[5-9]|1[0-7])\\b(?! (?:weeks|months|"
			+ "stone|kilos))|\\b(?:after school|my report|my teacher|my school)\\b");

	private static final Pattern PARENT_HURTS_ME = Pattern.compile("\\b(?:dad|mum|stepdad|step dad|stepmum|step mum|"
			+ "mum's boyfriend|mums boyfriend|foster (?:dad|mum|carer)|carer)\\b.{0,30}\\b(?:hits?|hit|smacks?|beats?|"
			+ "batter|hurts?|locks? me|calls me|punch\\w*|kicks?|slaps?)\\b.{0,10}\\bme\\b");

	private static final Pattern ADULT_HURTS_CHILD = Pattern.compile("\\b(?:hits?|hit|hitting|smacks?|smacking|beats?|beating|"
			+ "shaking|shakes|punching|kicking|slapping|shuts?|shutting|"
			+ "batters?|hurts?|hurting|touching|touches|touched|shouted at|sworn at|locks?|locked)\\b (?:my|her|his|the|"
			+ "their|a) (?:little |baby |young |\\d+ year old )?(?:son|daughter|kid|kids|child|children|baby|toddler|boy|"
			+ "girl|brother|sister|niece|nephew|grandson|granddaughter)\\b|\\b(?:kid|child|boy|girl|baby|toddler)\\b.{0,60}"
			+ "\\b(?:beating|hitting|hurting|smacking) (?:him|her)\\b");

	private static final Pattern PARTNER = Pattern.compile("\\b" + DangerSignals.PARTNER + "\\b");

	private static final Pattern HOME_TAKEN = Pattern.compile("\\b(?:took|taken|taking) (?:it )?over\\b|\\b(?:men|blokes|lads|"
			+ "they|people|dealers|gang)\\b(?: \\w+){0,2} in my (?:flat|place|home|house|front room|living room)\\b|\\bmoved in(?:to)? "
			+ "(?:my|his|her|with)\\b|\\b(?:they|men|blokes|lads|people)\\b.{0,20}\\b(?:live|living|staying) in my (?:house|flat|"
			+ "place|home)\\b|\\busing my (?:place|flat|house|home)\\b|\\bmy (?:flat|place|house|home) (?:is )?full of\\b|"
			+ "\\b(?:coming back|come back|came back) to mine\\b|\\bthey (?:won't|will not) (?:go|leave)\\b|\\b(?:the )?(?:men|lads|blokes) "
			+ "(?:in|at) (?:his|her|my) (?:flat|place|house)\\b|\\b(?:men|lads|blokes) (?:in there|who stay there)\\b|\\b(?:i said|told "
			+ "them|asked them)\\b.{0,15}\\b(?:to go|have to go|to leave|have to leave)\\b");

	/** Drugs kept, sold or used in the writer's own home by others: the home is being used, which is cuckooing. */
	private static final Pattern DRUGS_AT_MINE = Pattern.compile("\\b(?:weighing|bagging) (?:stuff|it|up|gear|drugs)\\b|"
			+ "\\b(?:gear|crack|drugs|dealing|selling|business|smoking)\\b.{0,80}\\b(?:my (?:flat|place|house|home|front room|living room|kitchen)|mine)\\b|\\b(?:my (?:flat|place|"
			+ "house|home|front room|living room|kitchen)|mine)\\b.{0,80}\\b(?:gear|crack|drugs|dealing|selling|business)\\b");

	/** Signs of forced labour: work, bosses, papers taken, no pay. Two or more make harm to a worker modern slavery. */
	private static final Pattern LABOUR = Pattern.compile("\\b(?:workers?|labourers?|boss|gangmaster|foreman|farm|car wash|"
			+ "nail (?:bar|shop)|passports?|(?:our|their|all our|my) (?:ids|papers|documents)|not been paid|no pay|wages|van is "
			+ "coming|new place|gaffer|building site|found me work|brought (?:over|here) for|cleaning job|deport\\w*|debt|"
			+ "paid (?:her|him|me|us) £?\\d+ a (?:week|month|day)|madam|not let me leave|van has (?:just )?arrived)\\b");

	/** Others, more than one, doing it: with words of prejudice, hate crime even when a partner is the one harmed. */
	private static final Pattern GROUP_OF_OTHERS = Pattern.compile("\\b(?:they|they're|theyre|they've|theyve|them|group|gang|"
			+ "mates|lads|people|someone|somebody|crowd|some (?:men|lads|boys|blokes|people|women|girls))\\b");

	/** One person who is neither partner nor family ("a guy on the bus", "a man"). */
	private static final Pattern ONE_OTHER = Pattern.compile("\\b(?:guy|man|bloke|woman|lad|lads|men|someone|somebody)\\b");

	/** A parent or step-parent harming a child ("her dad hits her", "his stepdad is hitting him"). */
	private static final Pattern PARENT_HURTS_CHILD = Pattern.compile("\\b(?:dad|dads|dad's|da|daddy|father|mum|mums|mum's|mam|ma|mother|"
			+ "stepdad|step dad|stepmum|step mum|stepfather|stepmother|foster (?:dad|mum|carer))\\b.{0,40}?\\b(?:hits?|hitting|"
			+ "smack\\w*|slap\\w*|beat\\w*|batter\\w*|hurt\\w*|punch\\w*|kick\\w*|threw|throws?|lock\\w*|burn\\w*|starv\\w*|"
			+ "shak\\w*|doesn't let me eat|takes the money|(?:he'll|she'll|gonna|going to) break)\\b.{0,25}?\\b(?:me|him|her|(?:his|her|my) (?:arms?|legs?|neck|head|face|"
			+ "fingers?))\\b");

	/** Words that say the one harmed is a child. */
	private static final Pattern CHILD_MARKER = Pattern.compile("\\b(?:" + DangerSignals.CHILD + "|(?:i'm|i am|she's|he's|"
			+ "she is|he is|im) (?:only )?(?:[1-9]|1[0-7])\\b|only little|niece|nephew|teacher|school|class|nursery|kid)");

	/** An adult who depends on others for care: older, disabled, ill. */
	private static final Pattern ADULT_AT_RISK = Pattern.compile("\\b(?:old lady|old man|old boy|elderly|my nan|her nan|"
			+ "his nan|my gran|grandma|grandad|dementia|alzheimer's|disabled|down syndrome|learning disab\\w*|ms|"
			+ "frail|supported living|care home|walking frame|the carer|her carer|his carer|care worker|agency sends|minds her|"
			+ "minds him|looks after (?:her|him)|(?:[6-9]\\d|100) (?:year|yr)s? old|(?:i'm|i am) (?:[7-9]\\d))\\b");

	/** A former partner, not a current one. */
	private static final Pattern EX = Pattern.compile("\\b(?:ex|ex's|ex-partner|ex-husband|ex-wife|ex-boyfriend|ex-girlfriend|"
			+ "former partner)\\b");

	/** What a stalker does, as against hurting. */
	private static final Pattern STALKING = Pattern.compile("\\b(?:star(?:ing|es|ed)|watch\\w*|outside|follow\\w*|accounts?|"
			+ "messag\\w*|turn(?:ed|s|ing)? up|climbed|fence|garden|waiting|banging|drives? past|parked)\\b");

	private static final Pattern PHYSICAL_HARM = Pattern.compile("\\b(?:hit|hits|hitting|punch\\w*|kick\\w*|slap\\w*|"
			+ "strangl\\w*|chok\\w*|beat\\w*|hurt\\w*|batter\\w*|raped?|stabb?\\w*|kill\\w*|threat\\w*|scream\\w*)\\b");

	/** A court order or bail condition: its breach by a former partner is domestic abuse. */
	private static final Pattern ORDER = Pattern.compile("\\b(?:order|injunction|bail|not allowed|isn't allowed|banned)\\b");

	/** A group in the street: harm by them to an older or disabled person is not care abuse. */
	private static final Pattern STREET_GROUP = Pattern.compile("\\b(?:guys|gang|lads|youths|group|teenagers|kids)\\b");

	/** Harmers who are strangers to the victim. */
	private static final Pattern STRANGERS = Pattern.compile("\\b(?:some|two|three|a group of|a gang of|gang of) (?:men|lads|"
			+ "boys|blokes|people|women|girls)\\b|\\b(?:a|some) (?:man|woman|stranger|guy|bloke)\\b");

	/** A parent's partner or a step-parent harming the writer: the writer is a child at home. */
	private static final Pattern PARENT_FIGURE_HURTS_ME = Pattern.compile("\\b(?:(?:mum's|dad's|mums|dads) (?:new )?(?:boyfriend|"
			+ "partner|girlfriend|fella|husband|wife)|stepdad|step dad|stepmum|step mum)\\b.{0,40}\\b(?:hits?|hurts?|touch"
			+ "(?:es|ed|ing)?|comes? in(?:to)? my room|beats?|kicks?|slaps?|punch\\w*)\\b.{0,10}\\bme\\b");

	private static final Pattern CHILD = Pattern.compile("\\b(?:" + DangerSignals.CHILD + "|lads?|kid|youth worker)\\b");

	private static final Pattern EXPLOITED = Pattern.compile("\\b(?:debt|owes?|working for|for someone|second phone|"
			+ "two phones|new clobber|dropped off by|disappearing|county|deliver\\w*|bag for|packages?|parcels?|"
			+ "run(?:s|ning)? for|get to the station|pulled into a car)\\b");

	private static final Set<String> HARM_TO_A_PERSON = Set.of("domestic-abuse", "violence-or-weapon", "other",
			"stalking-harassment", "hate-crime", "sexual-violence", "missing-person", "adult-at-risk");

	/** Words that show a person was picked out for who they are: faith, race, sexuality, gender identity. */
	private static final Pattern TARGETED = Pattern.compile("\\b(?:muslims?|islam\\w*|mosque|jews?|jewish|synagogue|hijab|"
			+ "headscarf|niqab|turban|sikhs?|gurdwara|hindus?|gay|lesbian|trans|transgender|queer|racis\\w*|homophob\\w*|wheelchair|"
			+ "disabled (?:son|daughter|brother|sister|man|woman|lad|girl|boy|friend|neighbour)|"
			+ "transphob\\w*|islamophob\\w*|antisemit\\w*|go (?:back|home) to (?:your|ur|where)|(?:saying|shouting|shouted|said|yelling|wrote|"
			+ "writing|telling \\w+ to) '?go (?:back|home)|foreigners?|for holding (?:my|his|her|their) hand|slurs?|[pn]\\*+\\w*|f\\*+g\\w*|f\\*+ts?\\b|because (?:i'm|i am|"
			+ "we're|we are|he's|she's|they're) (?:black|asian|gay|trans|muslim|jewish|polish|foreign))");

	/** Someone the victim knows and relies on, taking their money: abuse of an adult at risk, not a stranger's fraud. */
	private static final Pattern KNOWN_TAKER = Pattern.compile("\\b(?:carers?|care workers?|cleaner|lodger|helpers?|"
			+ "(?:men|people|lads|friends|family|woman|man) who (?:help|helps|look after|looks after|care for|cares for)|"
			+ "so-called friends?|new friends?|(?:man|woman|lad|person|people) (?:my|her|his) (?:nan|gran|grandad|mum|dad) pays?|"
			+ "pays? to (?:do|help|clean|shop|look))\\b");

	private static final Pattern AT_RISK = Pattern.compile("\\b(?:nan|nans|gran|grandad|grandma|grandpa|elderly|old (?:lady|man|"
			+ "boy|gentleman|fella)|dementia|confused|disabled|learning disab\\w*|deaf|blind|vulnerable|frail|neighbour|"
			+ "(?:[6-9]\\d|100) (?:year|yr)s? old|is (?:[7-9]\\d|100)\\b)");

	private VictimRules() {
	}

	static String refine(String category, String text) {
		if (Set.of("violence-or-weapon", "stalking-harassment", "other").contains(category) && TARGETED.matcher(text).find()
				|| "domestic-abuse".equals(category) && TARGETED.matcher(text).find() && (GROUP_OF_OTHERS.matcher(text).find()
						|| STRANGERS.matcher(text).find() || ONE_OTHER.matcher(text).find())) {
			return "hate-crime";
		}
		if (Set.of("domestic-abuse", "violence-or-weapon", "other").contains(category) && PARENT_HURTS_CHILD.matcher(text).find()
				&& CHILD_MARKER.matcher(text).find()) {
			return "child-abuse";
		}
		if (Set.of("domestic-abuse", "violence-or-weapon").contains(category) && ADULT_AT_RISK.matcher(text).find()
				&& !PARTNER.matcher(text).find() && !CHILD_WRITER.matcher(text).find() && !STRANGERS.matcher(text).find()
				&& !STREET_GROUP.matcher(text).find()) {
			return "adult-at-risk";
		}
		if ("domestic-abuse".equals(category) && EX.matcher(text).find() && STALKING.matcher(text).find()
				&& !PHYSICAL_HARM.matcher(text).find() && !ORDER.matcher(text).find()) {
			return "stalking-harassment";
		}
		if (Set.of("sexual-violence", "domestic-abuse").contains(category) && PARENT_FIGURE_HURTS_ME.matcher(text).find()) {
			return "child-abuse";
		}
		if (Set.of("domestic-abuse", "violence-or-weapon", "other", "stalking-harassment").contains(category)
				&& LABOUR.matcher(text).results().map(m -> m.group()).distinct().count() >= 2) {
			return "modern-slavery";
		}
		if (HARM_TO_A_PERSON.contains(category) && !"sexual-violence".equals(category) || "sexual-violence".equals(category)
				&& ADULT_HURTS_CHILD.matcher(text).find()) {
			boolean childHarmed = ADULT_HURTS_CHILD.matcher(text).find()
					|| PARENT_HURTS_ME.matcher(text).find() && (CHILD_WRITER.matcher(text).find() || !PARTNER.matcher(text).find());
			if (childHarmed && !"adult-at-risk".equals(category) && !"missing-person".equals(category)) {
				return "child-abuse";
			}
		}
		if (Set.of("violence-or-weapon", "sexual-violence", "stalking-harassment", "domestic-abuse").contains(category)) {
			if ((HOME_TAKEN.matcher(text).find() || DRUGS_AT_MINE.matcher(text).find()) && !PARTNER.matcher(text).find()) {
				return "cuckooing";
			}
		}
		if (Set.of("violence-or-weapon", "fraud-in-progress", "other", "hate-crime", "sexual-violence", "stalking-harassment")
			.contains(category) && CHILD.matcher(text).find() && EXPLOITED.matcher(text).find()) {
			return "child-exploitation";
		}
		if ("fraud-in-progress".equals(category) && KNOWN_TAKER.matcher(text).find() && AT_RISK.matcher(text).find()) {
			return "adult-at-risk";
		}
		return category;
	}
}
