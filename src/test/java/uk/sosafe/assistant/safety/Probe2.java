package uk.sosafe.assistant.safety;

/** Scratch. Not committed. */
public final class Probe2 {
	public static void main(String[] args) throws Exception {
		var f = DangerDetector.class.getDeclaredField("IDIOMS");
		f.setAccessible(true);
		java.util.regex.Pattern p = (java.util.regex.Pattern) f.get(null);
		RequiredText r = RequiredText.of(p.pattern());
		for (String s : args) {
			String n = SafetyText.normalise(s);
			System.out.println(r.mayMatch(n) + " " + p.matcher(n).find() + " [" + n + "]");
		}
	}
}
