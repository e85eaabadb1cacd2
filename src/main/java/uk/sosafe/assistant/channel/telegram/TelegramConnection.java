package uk.sosafe.assistant.channel.telegram;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ScheduledFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.TaskScheduler;

import uk.sosafe.assistant.cluster.ClusterLeases;

/**
 * Connects the bot when the application has started: registers the command menu, then either registers
 * the webhook (with its secret) or starts long polling (on one instance at most: see
 * {@link #pollIfLeaseHeld()}); and disconnects when the application stops. Telegram being
 * unreachable at start is logged and never stops the application: polling keeps retrying by itself.
 */
class TelegramConnection implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(TelegramConnection.class);

	static final List<String> UPDATE_KINDS = List.of("message", "edited_message", "callback_query", "my_chat_member");

	private final String token;

	private final String webhookSecret;

	private final TelegramProperties properties;

	private final TelegramClient client;

	private final TelegramUpdates updates;

	/** Telegram allows one long-polling client per bot: the instance holding this lease is it. */
	static final String POLLING_LEASE = "telegram-polling";

	private final ClusterLeases leases;

	private final TaskScheduler scheduler;

	private final Duration checkEvery;

	private TelegramBotsLongPollingApplication polling;

	private ScheduledFuture<?> pollingCheck;

	private volatile boolean running;

	TelegramConnection(String token, String webhookSecret, TelegramProperties properties, TelegramClient client,
			TelegramUpdates updates, ClusterLeases leases, TaskScheduler scheduler, Duration checkEvery) {
		this.leases = leases;
		this.scheduler = scheduler;
		this.checkEvery = checkEvery;
		this.token = token;
		this.webhookSecret = webhookSecret;
		this.properties = properties;
		this.client = client;
		this.updates = updates;
	}

	/** Connects at the end of start-up (and again if the context is stopped and started). */
	@Override
	public synchronized void start() {
		if (this.running) {
			return;
		}
		this.running = true;
		registerCommands();
		if (this.properties.usesWebhook()) {
			registerWebhook();
		}
		else {
			pollIfLeaseHeld();
			this.pollingCheck = this.scheduler.scheduleWithFixedDelay(this::pollIfLeaseHeld,
					Instant.now().plus(this.checkEvery), this.checkEvery);
		}
	}

	/**
	 * Long polling runs on the one instance that holds the polling lease, renewed at every check; if the
	 * lease is lost (this instance stalled and another took it), polling stops here, so two instances
	 * never poll at once. Several instances should use the webhook instead.
	 */
	synchronized void pollIfLeaseHeld() {
		if (!this.running) {
			return;
		}
		boolean held;
		try {
			held = this.leases.hold(POLLING_LEASE);
		}
		catch (RuntimeException ex) {
			log.warn("Could not renew the Telegram polling lease: {}", ex.getClass().getSimpleName());
			held = false;
		}
		if (held && this.polling == null) {
			startPolling();
		}
		else if (!held && this.polling != null) {
			log.info("Another instance polls Telegram now; stopping here");
			closePolling();
		}
	}

	/** Whether this instance is polling Telegram. */
	synchronized boolean polling() {
		return this.polling != null;
	}

	/** Whether a webhook request carries our secret; compared in constant time. */
	boolean acceptsSecret(String presented) {
		if (!this.properties.usesWebhook() || this.webhookSecret == null || this.webhookSecret.isBlank() || presented == null) {
			return false;
		}
		return MessageDigest.isEqual(this.webhookSecret.getBytes(StandardCharsets.UTF_8),
				presented.getBytes(StandardCharsets.UTF_8));
	}

	boolean usesWebhook() {
		return this.properties.usesWebhook() && this.webhookSecret != null && !this.webhookSecret.isBlank();
	}

	TelegramUpdates updates() {
		return this.updates;
	}

	private void registerCommands() {
		try {
			this.client.execute(SetMyCommands.builder()
				.command(new BotCommand("start", "What this assistant is and what it can help with"))
				.command(new BotCommand("menu", "Topics to choose from"))
				.command(new BotCommand("help", "How to use the assistant"))
				.command(new BotCommand("about", "About this service and your data"))
				.command(new BotCommand("forget", "Delete what the assistant holds about you"))
				.command(new BotCommand("exit", "Leave quickly"))
				.build());
		}
		catch (TelegramApiException ex) {
			log.warn("Could not register the Telegram command menu: {}", ex.getClass().getSimpleName());
		}
	}

	private void registerWebhook() {
		if (!usesWebhook()) {
			log.error("sosafe.telegram.webhook-url is set but TELEGRAM_WEBHOOK_SECRET is not: the webhook is not registered");
			return;
		}
		try {
			this.client.execute(SetWebhook.builder()
				.url(this.properties.webhookUrl())
				.secretToken(this.webhookSecret)
				.allowedUpdates(UPDATE_KINDS)
				.build());
			log.info("Telegram webhook registered");
		}
		catch (TelegramApiException ex) {
			log.error("Could not register the Telegram webhook: {}", ex.getClass().getSimpleName());
		}
	}

	private void startPolling() {
		try {
			this.client.execute(DeleteWebhook.builder().dropPendingUpdates(false).build());
		}
		catch (TelegramApiException ex) {
			log.debug("Could not clear a Telegram webhook before polling: {}", ex.getClass().getSimpleName());
		}
		try {
			this.polling = new TelegramBotsLongPollingApplication();
			this.polling.registerBot(this.token, () -> TelegramConfiguration.telegramUrl(this.properties.apiBaseUrl()),
					new DefaultGetUpdatesGenerator(UPDATE_KINDS), this.updates);
			log.info("Telegram long polling started");
		}
		catch (TelegramApiException ex) {
			log.error("Could not start Telegram long polling: {}", ex.getClass().getSimpleName());
		}
	}

	@Override
	public synchronized void stop() {
		this.running = false;
		if (this.pollingCheck != null) {
			this.pollingCheck.cancel(false);
			this.pollingCheck = null;
		}
		if (this.polling != null) {
			closePolling();
			try {
				this.leases.release(POLLING_LEASE);
			}
			catch (RuntimeException ex) {
				log.debug("Could not give up the Telegram polling lease: {}", ex.getClass().getSimpleName());
			}
		}
	}

	private void closePolling() {
		if (this.polling != null) {
			try {
				this.polling.close();
			}
			catch (Exception ex) {
				log.debug("Telegram polling did not close cleanly: {}", ex.getClass().getSimpleName());
			}
			this.polling = null;
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		return Integer.MAX_VALUE - 1_000;
	}
}
