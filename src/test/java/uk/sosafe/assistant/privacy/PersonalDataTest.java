package uk.sosafe.assistant.privacy;

import java.security.SecureRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonalDataTest {

	private final PersonalData personalData = new PersonalData(key());

	@Test
	void encryptedTextComesBackIntactButIsNeverTheSameTwice() {
		byte[] first = this.personalData.encrypt("+447700900123");
		byte[] second = this.personalData.encrypt("+447700900123");

		assertThat(first).isNotEqualTo(second);
		assertThat(new String(first, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("7700900123");
		assertThat(this.personalData.decrypt(first)).isEqualTo("+447700900123");
		assertThat(this.personalData.decrypt(this.personalData.encrypt("مرحبا 🙂"))).isEqualTo("مرحبا 🙂");
	}

	@Test
	void alteredOrForeignCiphertextIsRefused() {
		byte[] sealed = this.personalData.encrypt("chat 12345");
		sealed[sealed.length - 1] ^= 1;

		assertThatThrownBy(() -> this.personalData.decrypt(sealed)).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> new PersonalData(key()).decrypt(this.personalData.encrypt("x")))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void keyedHashesAreStablePerKeyAndRevealNothing() {
		String hash = this.personalData.keyedHash("+447700900123");

		assertThat(this.personalData.keyedHash("+447700900123")).isEqualTo(hash);
		assertThat(this.personalData.keyedHash("+447700900124")).isNotEqualTo(hash);
		assertThat(new PersonalData(key()).keyedHash("+447700900123")).isNotEqualTo(hash);
		assertThat(hash).doesNotContain("7700900123");
	}

	@Test
	void aKeyOfTheWrongSizeIsRefused() {
		assertThatThrownBy(() -> new PersonalData(new byte[16])).isInstanceOf(IllegalArgumentException.class);
	}

	private static byte[] key() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return key;
	}
}
