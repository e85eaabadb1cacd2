package uk.sosafe.assistant.channel.web;

import org.springframework.http.HttpStatus;

/** Checks a chat request and cleans its text: a clear reason for anything the contract does not accept. */
final class ChatInput {

	static final int MAX_TEXT = 4000;

	static final int MAX_OPTION = 64;

	private ChatInput() {
	}

	/** The cleaned request, or a {@link ChatProblem} saying what was wrong. */
	static ChatRequest check(ChatRequest request) {
		if (request == null) {
			throw new ChatProblem(HttpStatus.BAD_REQUEST, "empty-body", "Send a JSON body with \"text\" or \"option\".");
		}
		boolean hasText = request.text() != null;
		boolean hasOption = request.option() != null;
		if (hasText == hasOption) {
			throw new ChatProblem(HttpStatus.BAD_REQUEST, "text-or-option",
					"Send exactly one of \"text\" (what you typed) or \"option\" (the value of an option offered).");
		}
		if (hasOption) {
			return new ChatRequest(null, checkOption(request.option()));
		}
		return new ChatRequest(checkText(request.text()), null);
	}

	private static String checkText(String text) {
		String cleaned = clean(text);
		if (cleaned.isBlank()) {
			throw new ChatProblem(HttpStatus.BAD_REQUEST, "empty-text", "The message is empty. Type a question or a word like help.");
		}
		if (cleaned.length() > MAX_TEXT) {
			throw new ChatProblem(HttpStatus.BAD_REQUEST, "text-too-long",
					"The message is " + cleaned.length() + " characters long; the most is " + MAX_TEXT + ".");
		}
		return cleaned;
	}

	private static String checkOption(String option) {
		if (option.isBlank() || option.length() > MAX_OPTION) {
			throw new ChatProblem(HttpStatus.BAD_REQUEST, "unknown-option",
					"That option is not valid. Choose one of the options from the last reply.");
		}
		return option.strip();
	}

	/** Removes control characters except line breaks and tabs, and unpaired surrogates. */
	static String clean(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				out.append(c).append(text.charAt(++i));
			}
			else if (Character.isSurrogate(c) || (Character.isISOControl(c) && c != '\n' && c != '\t')) {
				out.append(' ');
			}
			else {
				out.append(c);
			}
		}
		return out.toString().strip();
	}
}
