package uk.sosafe.assistant.privacy;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes personal details from free text before it is kept outside a resident's own record: email
 * and web addresses, social media handles, house numbers with their street, phone numbers and other
 * long numbers, UK postcodes, and words that look like names (capitalised in mid-sentence, or after
 * "my name is" and the like).
 */
public final class TextScrubber {

	private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");

	private static final Pattern LINK = Pattern.compile("(https?://|www\\.)\\S+", Pattern.CASE_INSENSITIVE);

	private static final Pattern NUMBER = Pattern.compile("\\+?\\d[\\d ()-]{5,}\\d");

	private static final Pattern POSTCODE = Pattern.compile("\\b[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern HANDLE = Pattern.compile("(?<![\\w.])@[A-Za-z0-9_.]{2,30}");

	/** A house number and street: any case for unmistakable street words, capitalised for words with other meanings. */
	private static final Pattern ADDRESS = Pattern.compile("\\b\\d{1,4}[A-Za-z]?,?\\s+(?:"
			+ "(?:[A-Za-z'-]+\\s+){1,3}(?i:road|rd|street|close|avenue|lane|drive|crescent|gardens|grove|terrace|mews)"
			+ "|(?:\\p{Lu}[\\p{L}'-]*\\s+){1,3}(?:Way|Walk|Court|Place|Square|Green|Hill|Rise|View|Row))\\b");

	private static final Pattern INTRODUCED_NAME = Pattern.compile(
			"(?i:\\b(my name is|i am called|i'm called|name's|called|named))\\s+(\\p{L}+)(\\s+\\p{Lu}\\p{L}+)?");

	private static final Pattern MID_SENTENCE_CAPITAL = Pattern.compile("(?<=[\\p{L},;:] )\\p{Lu}\\p{Ll}+");

	private static final Set<String> KNOWN_PROPER_WORDS = Set.of("Stevenage", "Hertfordshire", "Herts", "Police",
			"England", "Wales", "Britain", "British", "English", "UK", "Amazon", "Royal", "Mail", "HMRC", "DVLA",
			"Facebook", "WhatsApp", "Instagram", "Snapchat", "TikTok", "Telegram", "Google", "Apple", "Microsoft",
			"PayPal", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
			"February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
			"December", "Christmas", "Muslim", "Jewish", "Christian", "Polish", "Black", "Asian", "Clare", "Clares",
			"Action", "Fraud", "Report", "Crimestoppers", "Childline", "Council", "Town", "Centre", "Old",
			// Stevenage's wards (Nicholas and Martins go, being first names too)
			"Bandley", "Hill", "Bedwell", "Chells", "Longmeadow", "Manor", "Wood", "Pin", "Green", "Roebuck", "St",
			"Shephall", "Symonds", "Woodfield");

	private static final Pattern BEFORE_A_NAME = Pattern.compile("\\b\\p{Lu}\\p{Ll}+(?= \\[name\\])");

	private TextScrubber() {
	}

	/** A capitalised word just before a name is part of it, even at the start of a sentence ("Gary Smith"). */
	private static String firstNames(String text) {
		Matcher first = BEFORE_A_NAME.matcher(text);
		StringBuilder out = new StringBuilder();
		while (first.find()) {
			first.appendReplacement(out, KNOWN_PROPER_WORDS.contains(first.group()) ? first.group() : "[name]");
		}
		first.appendTail(out);
		return out.toString();
	}

	public static String scrub(String text) {
		String scrubbed = EMAIL.matcher(text).replaceAll("[email]");
		scrubbed = LINK.matcher(scrubbed).replaceAll("[link]");
		scrubbed = HANDLE.matcher(scrubbed).replaceAll("[handle]");
		scrubbed = ADDRESS.matcher(scrubbed).replaceAll("[address]");
		scrubbed = NUMBER.matcher(scrubbed).replaceAll("[number]");
		scrubbed = POSTCODE.matcher(scrubbed).replaceAll("[postcode]");
		scrubbed = INTRODUCED_NAME.matcher(scrubbed).replaceAll("$1 [name]");
		Matcher capitals = MID_SENTENCE_CAPITAL.matcher(scrubbed);
		StringBuilder out = new StringBuilder();
		while (capitals.find()) {
			String word = capitals.group();
			capitals.appendReplacement(out, KNOWN_PROPER_WORDS.contains(word) ? word : "[name]");
		}
		capitals.appendTail(out);
		return firstNames(out.toString()).replaceAll("\\s+", " ").strip();
	}
}
