package uk.sosafe.assistant.conversation;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import uk.sosafe.assistant.conversation.spi.Channel;
import uk.sosafe.assistant.conversation.spi.ChannelGateway;
import uk.sosafe.assistant.conversation.spi.Reply;

/** A gateway for tests that accepts every message and remembers "address:first reply text". */
final class RecordingGateway implements ChannelGateway {

	final List<String> sent = new CopyOnWriteArrayList<>();

	private final Channel channel;

	RecordingGateway(Channel channel) {
		this.channel = channel;
	}

	@Override
	public Channel channel() {
		return this.channel;
	}

	@Override
	public SendResult send(String address, List<Reply> replies, int part) {
		this.sent.add(address + ":" + replies.get(0).text());
		return new SendResult(SendResult.Status.ACCEPTED, String.valueOf(this.sent.size()), null);
	}
}
