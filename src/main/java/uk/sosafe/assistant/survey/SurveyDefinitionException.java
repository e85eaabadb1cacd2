package uk.sosafe.assistant.survey;

import java.util.List;

/** Survey files that cannot be used; the message names every file and question at fault, and why. */
public final class SurveyDefinitionException extends RuntimeException {

	private final List<String> problems;

	SurveyDefinitionException(List<String> problems) {
		super("Survey content is not usable:\n  - " + String.join("\n  - ", problems));
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return this.problems;
	}
}
