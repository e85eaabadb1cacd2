package uk.sosafe.assistant.conversation.spi;

/**
 * One kind of data kept for a set period, deleted by the module that holds it when the daily retention
 * run asks. The count it returns is logged under {@link #kind()}; it must not include personal data.
 */
public interface RetentionRule {

	/** The kind of data, as named in the settings, such as {@code closed-cases}. */
	String kind();

	/** Deletes what is past its period and returns how many records went. */
	int deleteExpired();
}
