package uk.sosafe.assistant.safety;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether the person writing says they are a child or young person: an age under 18 ("im 14", "I am
 * 13 years old", "aged 15") or a school year ("in year 9"). Such a writer is pointed to Childline as
 * well, and, like everyone, is never promised that what they say stays secret.
 */
final class YoungWriter {

	private static final Pattern AGE = Pattern.compile("\\b(?:i'?m|i am|im|aged?)\\s+(?:only\\s+|just\\s+)?(\\d{1,2})"
			+ "(?:\\s*(?:yrs?|years?)(?:\\s*old)?|\\s*y/?o)?(?![\\d:%]|\\.\\d|\\s*(?:min|hour|hr|mile|km|metre|meter|m\\b|pm|am\\b|"
			+ "quid|pound|grand|k\\b|week|day|month|time|o'?clock|mins|secs?|second|floor|flat|door|house))");

	private static final Pattern SCHOOL_YEAR = Pattern.compile("\\b(?:i'?m|i am|im)\\s+in\\s+y(?:ea)?r\\s*([5-9]|1[0-3])\\b");

	private YoungWriter() {
	}

	static boolean isYoung(String text) {
		if (text == null) {
			return false;
		}
		String lower = text.toLowerCase(Locale.ROOT).replace('’', '\'');
		Matcher age = AGE.matcher(lower);
		while (age.find()) {
			int years = Integer.parseInt(age.group(1));
			if (years >= 8 && years <= 17) {
				return true;
			}
		}
		return SCHOOL_YEAR.matcher(lower).find();
	}
}
