package uk.sosafe.assistant.channel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;


import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.sosafe.assistant.ApplicationTest;
import uk.sosafe.assistant.channel.fakes.FakeTelegram;
import uk.sosafe.assistant.channel.fakes.FakeTwilio;

/**
 * Base of the channel journeys: the whole assistant with Telegram (long polling) and SMS switched on,
 * both pointed at in-process fake platforms on loopback, on its own SQLite file.
 */
public abstract class ChannelApplicationTest extends ApplicationTest {

	protected static final FakeTelegram TELEGRAM = new FakeTelegram();

	protected static final FakeTwilio TWILIO = new FakeTwilio();

	private static final Path DATA = folder();

	@DynamicPropertySource
	static void channels(DynamicPropertyRegistry registry) {
		registry.add("sosafe.data-dir", DATA::toString);
		registry.add("TELEGRAM_BOT_TOKEN", () -> FakeTelegram.TOKEN);
		registry.add("sosafe.telegram.api-base-url", TELEGRAM::baseUrl);
		registry.add("TWILIO_ACCOUNT_SID", () -> FakeTwilio.ACCOUNT_SID);
		registry.add("TWILIO_AUTH_TOKEN", () -> FakeTwilio.AUTH_TOKEN);
		registry.add("TWILIO_MESSAGING_SERVICE_SID", () -> FakeTwilio.MESSAGING_SERVICE_SID);
		registry.add("sosafe.sms.api-base-url", TWILIO::baseUrl);
		registry.add("sosafe.public-base-url", () -> FakeTwilio.PUBLIC_BASE_URL);
	}


	protected static void await(BooleanSupplier done, Duration timeout, String what) {
		long end = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < end) {
			if (done.getAsBoolean()) {
				return;
			}
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		throw new AssertionError("Timed out waiting for " + what);
	}

	private static Path folder() {
		try {
			return Files.createTempDirectory("sosafe-channels-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
