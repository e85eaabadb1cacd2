package uk.sosafe.assistant.knowledge;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import uk.sosafe.assistant.text.PhraseScan;

/**
 * What a question wants to know about its topic: what something is, the signs, how to report, where
 * to get help, or what the law says. Articles of one topic split along these lines (cuckooing: what it
 * is, signs, help), so the intent decides between close siblings that share every topic word.
 */
enum Intent {

	DEFINE("mean|means|meaning|called|definition|define|stand for|what (?:is|are|'s) (?:a |an )?[a-z' -]{3,30}\\??$|"
			+ "^what (?:is|are|'s) (?:a |an )?[a-z'-]{3,30}\\?"),
	SIGNS("signs?|red flags?|indicat\\w*|tell[- ]?tale|giveaways?|look(?:ing)? out for|watch(?:ing)? (?:out )?for|"
			+ "spot|how (?:do|can|would|could) (?:i|you|we|one|parents|people|a parent|families|family) (?:tell|know)|"
			+ "how (?:\\w+ ){0,2}(?:can|could) (?:know|tell|spot)|what changes|changes (?:to|we|i|should) (?:\\w+ )?(?:watch|look)|is (?:it|that|this) a sign|warning|recogni[sz]\\w*|"
			+ "identify|know if|tell if"),
	REPORT("report\\w*|inform (?:the )?(?:authorities|police)|let (?:the )?police know|without (?:them|anyone|him|her) "
			+ "know\\w*|tell (?:someone|somebody|sum1|the police)|who (?:do|should|can|would|could) (?:i|we|you|she|he) (?:tell|contact|call|ring|go to)|"
			+ "where (?:do|can|should) (?:i|we) (?:tell|go)|which number|grass(?! me)|tip off|pass (?:on )?(?:info|information)|"
			+ "anonymous\\w*|anon\\b|without (?:giving |my )?name|where (?:i|we) (?:can|should) (?:report|tell|go)"),
	HELP("help|support|advice|advise|helplines?|services?|what (?:can|should|could|do|would) (?:i|we|she|he|they|"
			+ "(?:our|the|my|his|her) (?:\\w+ )?(?:family|families|parents|school|employer|friends)) (?:\\w+ )?do|how (?:should|ought|do|can) "
			+ "(?:i|we|an employer|a manager|they) (?:raise|approach|bring (?:it |this )?up|support|talk to|speak to)|what steps|"
			+ "who to (?:ring|call|contact|tell|talk to|speak to|go to)|what to do|referr\\w*|refer\\b|"
			+ "who can|where can (?:i|she|he|we|they) (?:get|go|find)|protect\\w*|counsell\\w*|what now|what next|what do i do now|"
			+ "(?:someone|somebody|anyone|sum1|any1) (?:i|we) can (?:talk|speak) to"),
	ABOUT("this (?:chat|website|site|service|assistant|bot|app|thing|page)|are you (?:a |an )?(?:real|human|person|"
			+ "robot|bot|ai|the police|police|council)|(?:is|are) (?:you|this) (?:a |an )?(?:real|human|person|robot|bot|ai|"
			+ "police|monitored|recorded|private|confidential)|(?:what|who) (?:are|is) you|(?:you|u) (?:keep|store|save)|"
			+ "your (?:data|privacy)|who (?:runs|operates|made|owns|reads|sees) (?:this|you|these|my)|"
			+ "(?:these|my) (?:messages|msgs|chats?)|recording|(?:type|typ|write|put|say|tell)\\w* (?:\\w+ ){0,3}(?:in )?here|"
			+ "(?:person|human|someone|somebody|anyone|any1) (?:at|on) the other end|(?:in )?this conversation|"
			+ "retain\\w*|(?:txt|text|ring|call|contact|phone) me (?:back )?after|^who are (?:you|u)\\b|what can (?:it|you|this "
			+ "service|the service) (?:help|do)|(?:connected|linked) to the police|(?:record|keep|store) my (?:name|number|details)|"
			+ "go on (?:a|my) record|is this (?:the )?(?:police|council)"),
	LAW("illegal|legal|law|offence|allowed|arrest\\w*|prosecut\\w*|sentence|criminal record|against the law|"
			+ "is it a crime|penalt\\w*|fine(?:d|s)?\\b|nicked|get done|done for|in trouble with the police");

	/** Text-speak that the intents' patterns meet: "wot is", "hw do u kno", "wud", "cud". */
	private static final java.util.Map<Pattern, String> TEXT_SPEAK = java.util.Map.of(Pattern.compile("\\b(?:wot|wat|wht)\\b"),
			"what", Pattern.compile("\\bhw\\b"), "how",
			Pattern.compile("\\bkno\\b"), "know", Pattern.compile("\\bu\\b"), "you", Pattern.compile("\\bwud\\b"), "would",
			Pattern.compile("\\bcud\\b"), "could");

	private final PhraseScan phrases;

	/** @param phrases the alternatives that show the intent, each looked for from the start of a word */
	Intent(String phrases) {
		this.phrases = PhraseScan.compile("\\b", phrases, "");
	}

	/** The intents a question shows. */
	static Set<Intent> of(String question) {
		String text = question.toLowerCase(Locale.ROOT).strip();
		for (var rewrite : TEXT_SPEAK.entrySet()) {
			text = rewrite.getKey().matcher(text).replaceAll(rewrite.getValue());
		}
		Set<Intent> intents = EnumSet.noneOf(Intent.class);
		for (Intent intent : values()) {
			if (intent.phrases.foundIn(text)) {
				intents.add(intent);
			}
		}
		return intents;
	}

	/** The intent an article serves, from the shape of its id, or none for a topic-specific article. */
	static Set<Intent> ofArticle(String id) {
		if (id.equals("county-lines-what-is") || id.equals("cuckooing-what-is")) {
			// both explain the new offences (child criminal exploitation, cuckooing) as well as what the thing is
			return EnumSet.of(DEFINE, LAW);
		}
		if (id.endsWith("-what-is")) {
			return EnumSet.of(DEFINE);
		}
		if (id.endsWith("-signs")) {
			return EnumSet.of(SIGNS);
		}
		if (id.endsWith("-help") || id.endsWith("-support") || id.endsWith("-worried-about-someone")) {
			return EnumSet.of(HELP);
		}
		if (id.endsWith("-report") || id.equals("report-crime-routes") || id.equals("drugs-report-dealing")
				|| id.equals("asb-what-is-and-report")) {
			return EnumSet.of(REPORT);
		}
		if (id.equals("about-this-service")) {
			return EnumSet.of(ABOUT);
		}
		if (id.endsWith("-law")) {
			return EnumSet.of(LAW);
		}
		// A topic-specific article (romance scams, modern slavery) says what its topic is, its signs and
		// where to get help, so "romance scam signs" is not taken away from it by the general signs article.
		return EnumSet.of(DEFINE, SIGNS, HELP);
	}
}
