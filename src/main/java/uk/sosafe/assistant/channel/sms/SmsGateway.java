package uk.sosafe.assistant.channel.sms;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import com.twilio.exception.ApiConnectionException;
import com.twilio.exception.ApiException;
import com.twilio.exception.TwilioException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.MessageCreator;
import com.twilio.type.PhoneNumber;

import uk.sosafe.assistant.conversation.spi.Channel;
import uk.sosafe.assistant.conversation.spi.ChannelGateway;
import uk.sosafe.assistant.conversation.spi.PlatformReachability;
import uk.sosafe.assistant.conversation.spi.Reply;

/**
 * Sends texts through Twilio's REST API, from the messaging service (or number), with a status callback
 * so delivery is recorded. Twilio's answers are mapped for the outbox: 21610 means the number opted out
 * with its carrier, 429 and 5xx are retried, other 4xx will never work.
 */
class SmsGateway implements ChannelGateway {

	/** Twilio: "Attempt to send to unsubscribed recipient". */
	static final int OPTED_OUT = 21610;

	private final TwilioRestClient client;

	private final Sender sender;

	private final URI statusCallback;

	private final SmsProperties properties;

	private final PlatformReachability reachability;

	/** Who texts come from: a messaging service (preferred) or one number. */
	record Sender(String messagingServiceSid, String fromNumber) {
	}

	SmsGateway(TwilioRestClient client, Sender sender, URI statusCallback, SmsProperties properties,
			PlatformReachability reachability) {
		this.reachability = reachability;
		this.client = client;
		this.sender = sender;
		this.statusCallback = statusCallback;
		this.properties = properties;
	}

	@Override
	public Channel channel() {
		return Channel.SMS;
	}

	@Override
	public int parts(List<Reply> replies) {
		return SmsText.parts(replies, this.properties.maxSegments()).size();
	}

	@Override
	public int units(List<Reply> replies, int part) {
		return SmsText.segments(text(replies, part));
	}

	@Override
	public SendRates rates() {
		return new SendRates(this.properties.messagesPerSecond(), 0);
	}

	@Override
	public Optional<DailyCap> dailyCap() {
		return Optional.of(new DailyCap(this.properties.dailyCapPerNumber(), this.properties.dailyCapOverall()));
	}

	@Override
	public SendResult send(String address, List<Reply> replies, int part) {
		PhoneNumber to = new PhoneNumber(address);
		String body = text(replies, part);
		MessageCreator creator = this.sender.messagingServiceSid() != null
				? Message.creator(to, this.sender.messagingServiceSid(), body)
				: Message.creator(to, new PhoneNumber(this.sender.fromNumber()), body);
		if (this.statusCallback != null) {
			creator.setStatusCallback(this.statusCallback);
		}
		try {
			Message message = creator.create(this.client);
			this.reachability.reached();
			return SendResult.accepted(message.getSid());
		}
		catch (ApiConnectionException ex) {
			this.reachability.failed("network: could not reach Twilio");
			return SendResult.retry("network: could not reach Twilio");
		}
		catch (ApiException ex) {
			SendResult result = outcome(ex.getCode(), ex.getStatusCode());
			if (result.status() == SendResult.Status.RETRY) {
				this.reachability.failed(result.detail());
			}
			else {
				this.reachability.reached();
			}
			return result;
		}
		catch (TwilioException ex) {
			this.reachability.failed("Twilio: " + ex.getClass().getSimpleName());
			return SendResult.retry("Twilio: " + ex.getClass().getSimpleName());
		}
	}

	static SendResult outcome(Integer code, Integer httpStatus) {
		int status = httpStatus == null ? 0 : httpStatus;
		if (code != null && code == OPTED_OUT) {
			return SendResult.unreachable("Twilio 21610: the number opted out with its carrier");
		}
		if (status == 429 || (code != null && code == 20429)) {
			return SendResult.throttled(Duration.ofSeconds(1));
		}
		if (status >= 400 && status < 500) {
			return SendResult.failed("Twilio " + status + (code == null ? "" : " error " + code));
		}
		return SendResult.retry("Twilio " + (status == 0 ? "error" : String.valueOf(status)));
	}

	private String text(List<Reply> replies, int part) {
		List<String> parts = SmsText.parts(replies, this.properties.maxSegments());
		return parts.get(Math.min(part, parts.size() - 1));
	}
}
