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
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import uk.sosafe.assistant.conversation.spi.Channel;
import uk.sosafe.assistant.conversation.spi.InboundMessage;
import uk.sosafe.assistant.conversation.spi.Inbox;
import uk.sosafe.assistant.conversation.spi.ResidentId;
import uk.sosafe.assistant.conversation.spi.Residents;
import uk.sosafe.assistant.conversation.spi.StaffMessages;

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

	/** A deep link to subscribe ({@code t.me/<bot>?start=sub-scams}) arrives as "subscribe scams". */
	private static final String SUBSCRIBE_LINK = "sub-";

	private static final int STORE_ATTEMPTS = 5;

	/** Button values for staff work (Claim, Show details) start with this. */
	private static final String STAFF_PREFIX = "staff:";

	private final Inbox inbox;

	private final Residents residents;

	private final TelegramClient client;

	private final Clock clock = Clock.systemUTC();

	private final RecentMessages recent;

	private final List<StaffMessages> staff;

	TelegramUpdates(Inbox inbox, Residents residents, TelegramClient client, RecentMessages recent,
			List<StaffMessages> staff) {
		this.staff = List.copyOf(staff);
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
		String text = message.hasText() ? message.getText() : message.getCaption();
		text = text == null ? "" : text;
		if (mayBeStaffWork(message, text) && offerToStaff(externalId, message.getFrom(), text, null,
				quoted(message), true).isPresent()) {
			return;
		}
		ResidentId resident = comeBack(message.getChatId());
		this.recent.saw(String.valueOf(message.getChatId()), message.getMessageId());
		Matcher start = START.matcher(text.strip());
		if (start.matches()) {
			String payload = start.group(1);
			if (payload != null) {
				this.residents.recordSource(resident, payload);
			}
			text = payload != null && payload.startsWith(SURVEY_LINK) ? "/survey " + payload.substring(SURVEY_LINK.length())
					: payload != null && payload.startsWith(SUBSCRIBE_LINK)
							? "subscribe " + payload.substring(SUBSCRIBE_LINK.length()) : "/start";
		}
		this.inbox.accept(new InboundMessage(resident, Channel.TELEGRAM, externalId, text, null, sentAt(message.getDate())));
	}

	private void takePress(String externalId, CallbackQuery press) {
		if (press.getData() != null && press.getData().startsWith(STAFF_PREFIX)) {
			boolean inPrivate = press.getMessage() != null && press.getMessage().getChat() != null
					&& press.getMessage().getChat().isUserChat();
			Optional<StaffMessages.Handled> handled = offerToStaff(externalId, press.getFrom(), "", press.getData(), null,
					inPrivate);
			answer(press, handled.map(StaffMessages.Handled::notice).orElse(null));
			return;
		}
		Long chatId = press.getMessage() != null ? press.getMessage().getChatId()
				: press.getFrom() != null ? press.getFrom().getId() : null;
		if (chatId == null || chatId < 0 || press.getData() == null) {
			answer(press, null);
			log.info("Skipped Telegram button press {} without a private chat or data", externalId);
			return;
		}
		ResidentId resident = comeBack(chatId);
		this.inbox.accept(new InboundMessage(resident, Channel.TELEGRAM, externalId, "", press.getData(), this.clock.instant()));
		answer(press, null);
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

	/**
	 * Offers a message to staff work (an officer's command, a reply to a case message, a case button);
	 * present when it was staff work and has been handled.
	 */
	private Optional<StaffMessages.Handled> offerToStaff(String externalId, User from, String text, String option,
			String quoted, boolean privateChat) {
		if (from == null || from.getIsBot() != null && from.getIsBot()) {
			return Optional.empty();
		}
		StaffMessages.StaffMessage message = new StaffMessages.StaffMessage(Channel.TELEGRAM, externalId,
				String.valueOf(from.getId()), text, option, quoted, privateChat);
		for (StaffMessages desk : this.staff) {
			Optional<StaffMessages.Handled> handled = desk.take(message);
			if (handled.isPresent()) {
				return handled;
			}
		}
		return Optional.empty();
	}

	/** Only commands and replies to the bot's own messages can be staff work; everything else is a resident's. */
	private static boolean mayBeStaffWork(Message message, String text) {
		return text.startsWith("/") && !START.matcher(text.strip()).matches() || quoted(message) != null;
	}

	private static String quoted(Message message) {
		Message quoted = message.getReplyToMessage();
		if (quoted == null || quoted.getFrom() == null || !Boolean.TRUE.equals(quoted.getFrom().getIsBot())) {
			return null;
		}
		return quoted.hasText() ? quoted.getText() : null;
	}

	/**
	 * Every press is answered, so the button stops spinning; the reply itself comes as a new message, and
	 * a case button's outcome also shows at once as a short notice.
	 */
	private void answer(CallbackQuery press, String notice) {
		try {
			AnswerCallbackQuery.AnswerCallbackQueryBuilder<?, ?> answer = AnswerCallbackQuery.builder().callbackQueryId(press.getId());
			if (notice != null) {
				answer.text(notice.length() > 200 ? notice.substring(0, 199) + "…" : notice);
			}
			this.client.executeAsync(answer.build())
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
