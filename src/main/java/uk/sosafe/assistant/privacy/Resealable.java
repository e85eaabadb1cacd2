package uk.sosafe.assistant.privacy;

/**
 * Personal data a module keeps sealed or as keyed hashes. During a key rotation {@link KeyRotation} asks
 * each module to rewrite, under the current key, what is still under the previous one.
 */
public interface Resealable {

	/** What this covers, for the rotation's report, such as {@code conversation}. */
	String name();

	/** Rewrites what is still under the previous key; safe to run again, and while the service runs. */
	Resealed resealUnderCurrentKey();

	/**
	 * What one module rewrote, and what it had to leave under the previous key (a hash whose clear value is
	 * no longer held, or a value neither key opens), with why.
	 */
	record Resealed(int rewritten, int left, String why) {

		public static Resealed of(int rewritten) {
			return new Resealed(rewritten, 0, null);
		}

		public Resealed plus(Resealed other) {
			String reasons = this.why == null ? other.why : other.why == null ? this.why : this.why + "; " + other.why;
			return new Resealed(this.rewritten + other.rewritten, this.left + other.left, reasons);
		}
	}
}
