package uk.sosafe.assistant.channel.telegram;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberUpdated;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import uk.sosafe.assistant.conversation.spi.Channel;
import uk.sosafe.assistant.conversation.spi.InboundMessage;
import uk.sosafe.assistant.conversation.spi.Inbox;
import uk.sosafe.assistant.conversation.spi.ResidentId;
import uk.sosafe.assistant.conversation.spi.Residents;

/**
 * Turns Telegram updates into inbox messages, synchronously, before Telegram is acknowledged (the long
 * polling library has already moved its offset past them, and a webhook answers 200 only after this).
 * Deduplicated on {@code update_id}, so a redelivery after a restart changes nothing. Only private chats
 * with residents are taken; other updates are skipped with a log line that names only their kind.
 */
class TelegramUpdates implements LongPollingUpdateConsumer {

	private static final Logger log = LoggerFactory.getLogger(TelegramUpdates.class);

	/** {@code /start} with an optional deep-link payload (Telegram allows A-Z, a-z, 0-9, _ and -, up to 64). */
	private static final Pattern START = Pattern.compile("^/start(?:@\\w+)?(?:\\s+([A-Za-z0-9_-]{1,64}))?\\s*$");

	/** A deep link to a survey ({@code t.me/<bot>?start=survey-<id>}) arrives as the words that open it. */
	private static final String SURVEY_LINK = "survey-";

	private static final int STORE_ATTEMPTS = 5;

	private final Inbox inbox;

	private final Residents residents;

	private final TelegramClient client;

	private final Clock clock = Clock.systemUTC();

	private final RecentMessages recent;

	TelegramUpdates(Inbox inbox, Residents residents, TelegramClient client, RecentMessages recent) {
		this.recent = recent;
		this.inbox = inbox;
		this.residents = residents;
		this.client = client;
	}

	@Override
	public void consume(List<Update> updates) {
		updates.forEach(this::accept);
	}

	/** Takes one update; never throws, because a failure here must not stop the polling loop. */
	void accept(Update update) {
		for (int attempt = 1; attempt <= STORE_ATTEMPTS; attempt++) {
			try {
				take(update);
				return;
			}
			catch (RuntimeException ex) {
				log.warn("Could not store Telegram update {} (attempt {}): {}", update.getUpdateId(), attempt,
						ex.getClass().getSimpleName());
				pause(attempt);
			}
		}
		log.error("Gave up storing Telegram update {}", update.getUpdateId());
	}

	private void take(Update update) {
		if (update.getUpdateId() == null) {
			log.info("Skipped a Telegram update without an update_id");
			return;
		}
		String externalId = String.valueOf(update.getUpdateId());
		if (update.hasMessage() || update.hasEditedMessage()) {
			takeMessage(externalId, update.hasMessage() ? update.getMessage() : update.getEditedMessage());
		}
		else if (update.hasCallbackQuery()) {
			takePress(externalId, update.getCallbackQuery());
		}
		else if (update.hasMyChatMember()) {
			takeMembership(update.getMyChatMember());
		}
		else {
			log.info("Skipped Telegram update {} of a kind the assistant does not handle", externalId);
		}
	}

	private void takeMessage(String externalId, Message message) {
		if (message.getChat() == null || !message.getChat().isUserChat()) {
			log.info("Skipped Telegram update {} from a chat that is not private", externalId);
			return;
		}
		ResidentId resident = comeBack(message.getChatId());
		this.recent.saw(String.valueOf(message.getChatId()), message.getMessageId());
		String text = message.hasText() ? message.getText() : message.getCaption();
		text = text == null ? "" : text;
		Matcher start = START.matcher(text.strip());
		if (start.matches()) {
			String payload = start.group(1);
			if (payload != null) {
				this.residents.recordSource(resident, payload);
			}
			text = payload != null && payload.startsWith(SURVEY_LINK) ? "/survey " + payload.substring(SURVEY_LINK.length())
					: "/start";
		}
		this.inbox.accept(new InboundMessage(resident, Channel.TELEGRAM, externalId, text, null, sentAt(message.getDate())));
	}

	private void takePress(String externalId, CallbackQuery press) {
		Long chatId = press.getMessage() != null ? press.getMessage().getChatId()
				: press.getFrom() != null ? press.getFrom().getId() : null;
		if (chatId == null || chatId < 0 || press.getData() == null) {
			answer(press);
			log.info("Skipped Telegram button press {} without a private chat or data", externalId);
			return;
		}
		ResidentId resident = comeBack(chatId);
		this.inbox.accept(new InboundMessage(resident, Channel.TELEGRAM, externalId, "", press.getData(), this.clock.instant()));
		answer(press);
	}

	/** A resident who blocks the bot is unreachable until they unblock it or write again. */
	private void takeMembership(ChatMemberUpdated change) {
		if (change.getChat() == null || !change.getChat().isUserChat() || change.getNewChatMember() == null) {
			return;
		}
		String status = change.getNewChatMember().getStatus();
		Optional<ResidentId> resident = this.residents.find(Channel.TELEGRAM, String.valueOf(change.getChat().getId()));
		if (resident.isEmpty()) {
			return;
		}
		if ("kicked".equals(status)) {
			this.residents.optOut(resident.get(), "blocked the bot on Telegram");
		}
		else if ("member".equals(status)) {
			this.residents.optIn(resident.get());
		}
	}

	private ResidentId comeBack(Long chatId) {
		ResidentId resident = this.residents.resolve(Channel.TELEGRAM, String.valueOf(chatId));
		this.residents.optIn(resident);
		return resident;
	}

	/** Every press is answered, so the button stops spinning; the reply itself comes as a new message. */
	private void answer(CallbackQuery press) {
		try {
			this.client.executeAsync(AnswerCallbackQuery.builder().callbackQueryId(press.getId()).build())
				.exceptionally(ex -> {
					log.debug("Telegram did not take an answer to a button press: {}", ex.getClass().getSimpleName());
					return false;
				});
		}
		catch (TelegramApiException | RuntimeException ex) {
			log.debug("Could not answer a Telegram button press: {}", ex.getClass().getSimpleName());
		}
	}

	private Instant sentAt(Integer date) {
		return date == null ? this.clock.instant() : Instant.ofEpochSecond(date);
	}

	private static void pause(int attempt) {
		try {
			Thread.sleep(100L * attempt);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}
}
