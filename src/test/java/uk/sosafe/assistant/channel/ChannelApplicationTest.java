package uk.sosafe.assistant.channel;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;


import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.sosafe.assistant.HttpTest;
import uk.sosafe.assistant.channel.fakes.FakeTelegram;
import uk.sosafe.assistant.channel.fakes.FakeTwilio;

/**
 * Base of the channel journeys: the whole assistant with Telegram (long polling) and SMS switched on,
 * both pointed at in-process fake platforms on loopback, on its own SQLite file.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "SOSAFE_ADMIN_PASSWORD=" + HttpTest.ADMIN_PASSWORD, "sosafe.knowledge.reload-check=0s" })
public abstract class ChannelApplicationTest extends HttpTest {

	protected static final FakeTelegram TELEGRAM = new FakeTelegram();

	protected static final FakeTwilio TWILIO = new FakeTwilio();

	/**
	 * Telegram update ids (and chat ids) for every journey on the fake: update ids must only grow across
	 * test classes, since the fake, like Telegram, drops updates below the offset already confirmed.
	 */
	protected static final AtomicLong TELEGRAM_IDS = new AtomicLong(900_000_000L);

	private static final Path DATA = temporaryFolder("sosafe-channels-");

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
}
