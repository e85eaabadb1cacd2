package uk.sosafe.assistant.channel.telegram;

import java.util.List;
import java.net.URI;
import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.scheduling.TaskScheduler;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import uk.sosafe.assistant.cluster.ClusterLeases;
import uk.sosafe.assistant.cluster.ClusterProperties;
import uk.sosafe.assistant.conversation.spi.Inbox;
import uk.sosafe.assistant.conversation.spi.PlatformReachability;
import uk.sosafe.assistant.conversation.spi.Residents;
import uk.sosafe.assistant.conversation.spi.StaffMessages;

/** Switches the Telegram channel on when {@code TELEGRAM_BOT_TOKEN} is set, and only then. */
@Configuration(proxyBeanMethods = false)
@Conditional(TelegramConfiguration.TokenPresent.class)
@EnableConfigurationProperties(TelegramProperties.class)
class TelegramConfiguration {

	@Bean
	TelegramClient telegramClient(@Value("${TELEGRAM_BOT_TOKEN}") String token, TelegramProperties properties) {
		return new OkHttpTelegramClient(token.strip(), telegramUrl(properties.apiBaseUrl()));
	}

	@Bean
	RecentMessages telegramRecentMessages() {
		return new RecentMessages(Clock.systemUTC());
	}

	@Bean
	PlatformReachability telegramReachability() {
		return new PlatformReachability(Clock.systemUTC());
	}

	@Bean
	TelegramGateway telegramGateway(TelegramClient client, TelegramProperties properties, RecentMessages recent,
			PlatformReachability telegramReachability) {
		return new TelegramGateway(client, properties, recent, telegramReachability);
	}

	/** Telegram's reachability in the health details (group "channels"); UNKNOWN, never DOWN, when not reached. */
	@Bean
	HealthIndicator telegramHealthIndicator(PlatformReachability telegramReachability) {
		return () -> (telegramReachability.reachable() ? Health.up() : Health.unknown())
			.withDetails(telegramReachability.details()).build();
	}

	@Bean
	TelegramUpdates telegramUpdates(Inbox inbox, Residents residents, TelegramClient client, RecentMessages recent,
			List<StaffMessages> staff) {
		return new TelegramUpdates(inbox, residents, client, recent, staff);
	}

	@Bean
	TelegramExit telegramExit(TelegramClient client, Residents residents, RecentMessages recent) {
		return new TelegramExit(client, residents, recent);
	}

	@Bean
	TelegramConnection telegramConnection(@Value("${TELEGRAM_BOT_TOKEN}") String token,
			@Value("${TELEGRAM_WEBHOOK_SECRET:}") String webhookSecret, TelegramProperties properties,
			TelegramClient client, TelegramUpdates updates, ClusterLeases leases, TaskScheduler scheduler,
			ClusterProperties cluster) {
		return new TelegramConnection(token.strip(), webhookSecret, properties, client, updates, leases, scheduler,
				cluster.heartbeat());
	}

	static TelegramUrl telegramUrl(URI base) {
		String scheme = base.getScheme() == null ? "https" : base.getScheme();
		int port = base.getPort() != -1 ? base.getPort() : "http".equals(scheme) ? 80 : 443;
		return new TelegramUrl(scheme, base.getHost(), port, false);
	}

	/** True when the bot token is set to something other than blank. */
	static final class TokenPresent implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			String token = context.getEnvironment().getProperty("TELEGRAM_BOT_TOKEN");
			return token != null && !token.isBlank();
		}
	}
}
