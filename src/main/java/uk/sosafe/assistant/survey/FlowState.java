package uk.sosafe.assistant.survey;

/**
 * What the engine keeps for the survey flow: which survey, whether the last answer could not be read, and
 * whether a safety reply came in between. Only ids and flags: answers stay in the encrypted progress.
 */
record FlowState(String surveyId, int invalid, boolean interrupted) {

	static FlowState of(String surveyId) {
		return new FlowState(surveyId, 0, false);
	}

	static FlowState parse(String state) {
		String[] parts = state.split(";", -1);
		return new FlowState(parts[0], parts.length > 1 ? Integer.parseInt(parts[1]) : 0,
				parts.length > 2 && parts[2].equals("1"));
	}

	FlowState unclear() {
		return new FlowState(this.surveyId, this.invalid + 1, false);
	}

	FlowState interrupt() {
		return new FlowState(this.surveyId, this.invalid, true);
	}

	FlowState calm() {
		return new FlowState(this.surveyId, 0, false);
	}

	@Override
	public String toString() {
		return this.surveyId + ";" + this.invalid + ";" + (this.interrupted ? "1" : "0");
	}
}
