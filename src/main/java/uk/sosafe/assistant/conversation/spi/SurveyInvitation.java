package uk.sosafe.assistant.conversation.spi;

import java.util.regex.Pattern;

/**
 * An invitation to a survey that another module sends (a campaign's "take the survey" button): the
 * option value that opens the survey's introduction, carrying where the invitation came from, so the
 * survey can count responses by source without keeping who answered.
 *
 * @param surveyId the survey's id (lower-case letters, digits and hyphens, at most 40)
 * @param source where the invitation came from (such as a campaign's start code), or {@code null}
 */
public record SurveyInvitation(String surveyId, String source) {

	/** The start of every option value that opens a survey's introduction. */
	public static final String INTRO = "survey:intro:";

	private static final Pattern SOURCE = Pattern.compile("[a-z0-9-]{1,10}");

	private static final char SEPARATOR = '~';

	public SurveyInvitation {
		if (source != null && !SOURCE.matcher(source).matches()) {
			throw new IllegalArgumentException("A survey invitation's source is 1 to 10 lower-case letters, digits or hyphens");
		}
	}

	/** The option value: {@code survey:intro:<survey id>~<source>}, at most 64 bytes. */
	public String optionValue() {
		return INTRO + idAndSource();
	}

	/** The survey id and the source as they follow an option's prefix. */
	public String idAndSource() {
		return this.source == null ? this.surveyId : this.surveyId + SEPARATOR + this.source;
	}

	/** Reads what follows an option's prefix: a survey id, with its source if it has one. */
	public static SurveyInvitation read(String idAndSource) {
		int separator = idAndSource.indexOf(SEPARATOR);
		if (separator < 0) {
			return new SurveyInvitation(idAndSource, null);
		}
		String source = idAndSource.substring(separator + 1);
		return new SurveyInvitation(idAndSource.substring(0, separator),
				SOURCE.matcher(source).matches() ? source : null);
	}
}
