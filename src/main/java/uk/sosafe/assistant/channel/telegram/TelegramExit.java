package uk.sosafe.assistant.channel.telegram;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.DeleteMessages;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;

import uk.sosafe.assistant.conversation.spi.Channel;
import uk.sosafe.assistant.conversation.spi.ConversationExited;
import uk.sosafe.assistant.conversation.spi.Residents;

/**
 * The quick exit on Telegram: the resident's and the bot's recent messages in that private chat are
 * deleted, so nothing is left on the screen for someone else to read. The ids are taken when the exit is
 * handled (before the "chat closed, call 999 if in danger" reply exists, which therefore stays); the
 * deletion itself runs off the conversation's thread, so no transaction waits on Telegram.
 */
class TelegramExit implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(TelegramExit.class);

	/** Telegram deletes at most 100 messages in one call. */
	private static final int BATCH = 100;

	private final TelegramClient client;

	private final Residents residents;

	private final RecentMessages recent;

	private final ExecutorService deleter = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "telegram-exit");
		thread.setDaemon(true);
		return thread;
	});

	TelegramExit(TelegramClient client, Residents residents, RecentMessages recent) {
		this.client = client;
		this.residents = residents;
		this.recent = recent;
	}

	@EventListener
	void on(ConversationExited exited) {
		if (exited.channel() != Channel.TELEGRAM) {
			return;
		}
		this.residents.addressOf(exited.resident()).ifPresent(chatId -> {
			List<Integer> ids = this.recent.takeDeletable(chatId);
			if (!ids.isEmpty()) {
				this.deleter.execute(() -> delete(chatId, ids));
			}
		});
	}

	private void delete(String chatId, List<Integer> ids) {
		for (int from = 0; from < ids.size(); from += BATCH) {
			try {
				this.client.execute(DeleteMessages.builder().chatId(chatId)
					.messageIds(ids.subList(from, Math.min(ids.size(), from + BATCH))).build());
			}
			catch (TelegramApiException ex) {
				log.warn("Telegram did not delete messages after a quick exit: {}", ex.getClass().getSimpleName());
			}
		}
	}

	@Override
	public void destroy() {
		this.deleter.shutdown();
	}
}
