package uk.sosafe.assistant.console;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;

/**
 * The authenticator app of the tests: remembers each account's key from the set-up page and gives the
 * code of a time step not used yet (the server takes each step once, and one step ahead of now).
 */
final class OneTimeCodeApp {

	private static final Map<String, String> SECRETS = new ConcurrentHashMap<>();

	private static final Map<String, Long> LAST_STEP = new ConcurrentHashMap<>();

	private OneTimeCodeApp() {
	}

	static void add(String username, String secret) {
		SECRETS.put(username, secret.replace(" ", ""));
		LAST_STEP.remove(username);
	}

	static boolean knows(String username) {
		return SECRETS.containsKey(username);
	}

	/** A code the server will accept now, waiting for the next step if both usable ones were used. */
	static synchronized String code(String username) {
		String secret = SECRETS.get(username);
		if (secret == null) {
			throw new IllegalStateException("No authenticator app was set up for " + username);
		}
		long now = Instant.now().getEpochSecond() / 30;
		long step = Math.max(now, LAST_STEP.getOrDefault(username, Long.MIN_VALUE) + 1);
		while (step > Instant.now().getEpochSecond() / 30 + 1) {
			sleep();
		}
		LAST_STEP.put(username, step);
		try {
			return new DefaultCodeGenerator().generate(secret, step);
		}
		catch (CodeGenerationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void sleep() {
		try {
			Thread.sleep(500);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}
}
