package uk.sosafe.assistant.console;

/** The three boxes of a GOV.UK date input, as typed. */
record DateFields(String day, String month, String year) {

	public boolean empty() {
		return blank(this.day) && blank(this.month) && blank(this.year);
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
