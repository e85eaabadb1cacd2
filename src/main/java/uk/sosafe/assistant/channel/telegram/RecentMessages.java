package uk.sosafe.assistant.channel.telegram;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ids of recent messages in each private chat, both the resident's and the bot's, so the quick exit
 * can delete them. Telegram lets a bot delete messages in a private chat for 48 hours; ids older than
 * that are dropped. Kept in memory only (ids, no text), at most 100 a chat and 10,000 chats: after a
 * restart, the exit deletes what was said since.
 */
final class RecentMessages {

	static final Duration DELETABLE_FOR = Duration.ofHours(48);

	private static final int PER_CHAT = 100;

	private static final int CHATS = 10_000;

	private record Seen(int messageId, long at) {
	}

	private final Clock clock;

	private final Map<String, Deque<Seen>> chats = new LinkedHashMap<>(256, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Deque<Seen>> eldest) {
			return size() > CHATS;
		}
	};

	RecentMessages(Clock clock) {
		this.clock = clock;
	}

	synchronized void saw(String chatId, Integer messageId) {
		if (messageId == null) {
			return;
		}
		Deque<Seen> seen = this.chats.computeIfAbsent(chatId, key -> new ArrayDeque<>());
		seen.addLast(new Seen(messageId, this.clock.millis()));
		while (seen.size() > PER_CHAT) {
			seen.removeFirst();
		}
	}

	/** The ids still deletable in a chat, forgetting them: each is deleted once. */
	synchronized List<Integer> takeDeletable(String chatId) {
		Deque<Seen> seen = this.chats.remove(chatId);
		if (seen == null) {
			return List.of();
		}
		long since = this.clock.millis() - DELETABLE_FOR.toMillis() + Duration.ofMinutes(5).toMillis();
		return seen.stream().filter(message -> message.at() > since).map(Seen::messageId).distinct().toList();
	}
}
