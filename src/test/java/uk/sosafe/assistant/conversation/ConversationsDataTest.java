package uk.sosafe.assistant.conversation;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;

import uk.sosafe.assistant.conversation.spi.Channel;
import uk.sosafe.assistant.conversation.spi.ReplyOption;
import uk.sosafe.assistant.system.SqliteDataTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Conversation state through its SQL mapper on the test database: ids, versions, times, options. */
@SqliteDataTest
@Import({ ResidentDirectory.class, Conversations.class })
class ConversationsDataTest {

	@Autowired
	Conversations conversations;

	@Autowired
	ResidentDirectory residents;

	@Test
	void stateRoundTripsThroughSqlite() {
		String id = this.residents.resolve(Channel.WEB, "conversation-test-session-1").value();
		Conversation conversation = Conversation.start(id, Instant.parse("2026-11-26T10:15:30.123Z"));
		conversation.enterFlow("survey", "{\"question\":3}");
		conversation.offer(List.of(new ReplyOption("Yes", "yes"), new ReplyOption("No", "no")),
				Instant.parse("2026-11-26T10:15:31Z"));
		this.conversations.save(conversation);

		Conversation loaded = this.conversations.findById(id).orElseThrow();

		assertThat(loaded.mode()).isEqualTo("survey");
		assertThat(loaded.flowState()).isEqualTo("{\"question\":3}");
		assertThat(loaded.offeredValues()).containsExactly("yes", "no");
		assertThat(loaded.offered("maybe")).isFalse();
		assertThat(loaded.updatedAt()).isEqualTo(Instant.parse("2026-11-26T10:15:31Z"));
	}

	@Test
	void eachSaveMovesTheVersionOnSoTheSameCopyCanBeSavedAgain() {
		String id = this.residents.resolve(Channel.WEB, "conversation-test-session-3").value();
		Conversation conversation = Conversation.start(id, Instant.now());
		this.conversations.save(conversation);
		conversation.enterFlow("survey", "a");
		this.conversations.save(conversation);
		conversation.leaveFlow();
		this.conversations.save(conversation);

		Conversation loaded = this.conversations.findById(id).orElseThrow();

		assertThat(loaded.version()).isEqualTo(2L);
		assertThat(loaded.inFlow()).isFalse();
	}

	@Test
	void aStaleCopyCannotOverwriteANewerOne() {
		String id = this.residents.resolve(Channel.WEB, "conversation-test-session-2").value();
		this.conversations.save(Conversation.start(id, Instant.now()));
		Conversation first = this.conversations.findById(id).orElseThrow();
		Conversation stale = this.conversations.findById(id).orElseThrow();
		first.enterFlow("survey", "a");
		this.conversations.save(first);

		stale.enterFlow("survey", "b");

		assertThatThrownBy(() -> this.conversations.save(stale)).isInstanceOf(OptimisticLockingFailureException.class);
	}
}
