package uk.sosafe.assistant.channel.telegram;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Telegram settings. The bot token and webhook secret are secrets, read from the environment
 * ({@code TELEGRAM_BOT_TOKEN}, {@code TELEGRAM_WEBHOOK_SECRET}), never from files in the repository.
 *
 * @param apiBaseUrl where the Bot API is (a fake one in tests); polling and sending both use it
 * @param webhookUrl the public URL Telegram should post updates to; empty for long polling
 * @param overallPerSecond messages per second to all chats together (Telegram allows about 30)
 * @param perChatPerSecond messages per second to one chat (Telegram allows about 1)
 */
@ConfigurationProperties("sosafe.telegram")
record TelegramProperties(@DefaultValue("https://api.telegram.org") URI apiBaseUrl, String webhookUrl,
		@DefaultValue("30") double overallPerSecond, @DefaultValue("1") double perChatPerSecond) {

	boolean usesWebhook() {
		return this.webhookUrl != null && !this.webhookUrl.isBlank();
	}
}
