package uk.sosafe.assistant.conversation;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.sosafe.assistant.conversation.spi.Channel;
import uk.sosafe.assistant.conversation.spi.ResidentForgotten;
import uk.sosafe.assistant.conversation.spi.ResidentId;
import uk.sosafe.assistant.system.SqliteDataTest;

import static org.assertj.core.api.Assertions.assertThat;

@SqliteDataTest
@Import(ResidentDirectory.class)
class ResidentDirectoryDataTest {

	@Autowired
	ResidentDirectory residents;

	@Autowired
	JdbcClient jdbc;

	@Test
	void oneAddressIsOneResidentWhateverTheChannelSays() {
		ResidentId first = this.residents.resolve(Channel.SMS, "+447700900123");
		ResidentId again = this.residents.resolve(Channel.SMS, "+447700900123");
		ResidentId telegram = this.residents.resolve(Channel.TELEGRAM, "+447700900123");

		assertThat(again).isEqualTo(first);
		assertThat(telegram).isNotEqualTo(first);
		assertThat(this.residents.find(Channel.SMS, "+447700900123")).contains(first);
		assertThat(this.residents.find(Channel.SMS, "+447700900999")).isEmpty();
	}

	@Test
	void theAddressIsStoredEncryptedAndReadBackForSending() {
		ResidentId resident = this.residents.resolve(Channel.SMS, "+447700900123");

		long inClear = this.jdbc.sql("SELECT COUNT(*) FROM residents WHERE CAST(address_enc AS TEXT) LIKE '%7700900123%'"
				+ " OR address_hash LIKE '%7700900123%'").query(Long.class).single();

		assertThat(inClear).isZero();
		assertThat(this.residents.addressOf(resident)).contains("+447700900123");
		assertThat(this.residents.channelOf(resident)).contains(Channel.SMS);
		assertThat(resident.value()).startsWith("r_").doesNotContain("7700900123");
	}

	@Test
	void forgettingRemovesTheResident() {
		ResidentId resident = this.residents.resolve(Channel.WEB, "session-abcdefghijklmnopqrstu");

		this.residents.on(new ResidentForgotten(resident));

		assertThat(this.residents.addressOf(resident)).isEmpty();
		assertThat(this.residents.find(Channel.WEB, "session-abcdefghijklmnopqrstu")).isEmpty();
	}
}
