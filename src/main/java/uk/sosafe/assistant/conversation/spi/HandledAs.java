package uk.sosafe.assistant.conversation.spi;

/** How a message was handled, as the web chat contract names it. */
public enum HandledAs {

	ANSWER("answer"), EMERGENCY("emergency"), DISCLOSURE("disclosure"), SURVEY("survey"), COMMAND("command"),
	MENU("menu"), GREETING("greeting"), FALLBACK("fallback"), OUT_OF_SCOPE("out-of-scope"), REFUSAL("refusal"),
	/** An SMS keyword (STOP, START, HELP) or silence towards a number that opted out. */
	NOTICE("notice");

	private final String wireName;

	HandledAs(String wireName) {
		this.wireName = wireName;
	}

	public String wireName() {
		return this.wireName;
	}
}
