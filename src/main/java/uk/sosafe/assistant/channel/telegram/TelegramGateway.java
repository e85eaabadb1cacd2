package uk.sosafe.assistant.channel.telegram;

import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import uk.sosafe.assistant.conversation.spi.Channel;
import uk.sosafe.assistant.conversation.spi.ChannelGateway;
import uk.sosafe.assistant.conversation.spi.PlatformReachability;
import uk.sosafe.assistant.conversation.spi.Reply;
import uk.sosafe.assistant.conversation.spi.ReplyOption;

/**
 * Sends replies to a private chat: HTML, one message while it fits, options as an inline keyboard on the
 * last part (one button a row, the option's value as its callback data). Telegram's answers are mapped
 * for the outbox: 429 waits its retry_after, 403 means the resident blocked the bot, other 4xx will never
 * work, 5xx and network errors are retried.
 */
class TelegramGateway implements ChannelGateway {

	private static final Logger log = LoggerFactory.getLogger(TelegramGateway.class);

	private static final int CALLBACK_DATA_LIMIT = 64;

	private final TelegramClient client;

	private final SendRates rates;

	private final RecentMessages recent;

	private final PlatformReachability reachability;

	TelegramGateway(TelegramClient client, TelegramProperties properties, RecentMessages recent,
			PlatformReachability reachability) {
		this.client = client;
		this.recent = recent;
		this.reachability = reachability;
		this.rates = new SendRates(properties.overallPerSecond(), properties.perChatPerSecond());
	}

	@Override
	public Channel channel() {
		return Channel.TELEGRAM;
	}

	@Override
	public int parts(List<Reply> replies) {
		return TelegramText.parts(replies).size();
	}

	@Override
	public SendRates rates() {
		return this.rates;
	}

	@Override
	public SendResult send(String address, List<Reply> replies, int part) {
		List<String> parts = TelegramText.parts(replies);
		SendMessage.SendMessageBuilder<?, ?> message = SendMessage.builder()
			.chatId(address)
			.text(parts.get(Math.min(part, parts.size() - 1)))
			.parseMode("HTML")
			.linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build());
		List<ReplyOption> options = replies.isEmpty() ? List.of() : replies.get(replies.size() - 1).options();
		if (part >= parts.size() - 1 && !options.isEmpty()) {
			message.replyMarkup(keyboard(options));
		}
		try {
			Message sent = this.client.execute(message.build());
			this.reachability.reached();
			if (sent != null) {
				this.recent.saw(address, sent.getMessageId());
			}
			return SendResult.accepted(sent == null ? null : String.valueOf(sent.getMessageId()));
		}
		catch (TelegramApiRequestException ex) {
			SendResult result = outcome(ex);
			if (result.status() == SendResult.Status.RETRY) {
				this.reachability.failed(result.detail());
			}
			else {
				this.reachability.reached();
			}
			return result;
		}
		catch (TelegramApiException ex) {
			this.reachability.failed("network: " + ex.getClass().getSimpleName());
			return SendResult.retry("network: " + ex.getClass().getSimpleName());
		}
	}

	static SendResult outcome(TelegramApiRequestException ex) {
		int code = ex.getErrorCode() == null ? 0 : ex.getErrorCode();
		if (code == 429) {
			Integer retryAfter = ex.getParameters() == null ? null : ex.getParameters().getRetryAfter();
			return SendResult.throttled(Duration.ofSeconds(retryAfter == null ? 1 : Math.max(1, retryAfter)));
		}
		if (code == 403) {
			return SendResult.unreachable("Telegram 403: the resident blocked the bot or left the chat");
		}
		if (code >= 400 && code < 500) {
			return SendResult.failed("Telegram " + code + ": the request was refused");
		}
		return SendResult.retry("Telegram " + (code == 0 ? "error" : String.valueOf(code)));
	}

	static InlineKeyboardMarkup keyboard(List<ReplyOption> options) {
		return InlineKeyboardMarkup.builder()
			.keyboard(options.stream()
				.filter(TelegramGateway::fitsCallbackData)
				.map(option -> new InlineKeyboardRow(
						InlineKeyboardButton.builder().text(option.label()).callbackData(option.value()).build()))
				.toList())
			.build();
	}

	private static boolean fitsCallbackData(ReplyOption option) {
		boolean fits = option.value().getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= CALLBACK_DATA_LIMIT;
		if (!fits) {
			log.warn("An option value is too long for a Telegram button and was left out");
		}
		return fits;
	}
}
