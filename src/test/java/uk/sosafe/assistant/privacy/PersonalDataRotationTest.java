package uk.sosafe.assistant.privacy;

import java.security.SecureRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** During a key rotation, data sealed or hashed under the previous key still opens and matches; new data uses the current one. */
class PersonalDataRotationTest {

	private final byte[] previousKey = key();

	private final byte[] currentKey = key();

	private final PersonalData before = new PersonalData(this.previousKey);

	private final PersonalData rotating = new PersonalData(this.currentKey, this.previousKey);

	private final PersonalData after = new PersonalData(this.currentKey);

	@Test
	void oldSealedDataOpensWhileRotatingAndNewDataIsUnderTheCurrentKey() {
		byte[] old = this.before.encrypt("+447700900123");
		byte[] fresh = this.rotating.encrypt("+447700900456");

		assertThat(this.rotating.decrypt(old)).isEqualTo("+447700900123");
		assertThat(this.rotating.sealedUnderCurrentKey(old)).isFalse();
		assertThat(this.rotating.sealedUnderCurrentKey(fresh)).isTrue();
		assertThat(this.after.decrypt(fresh)).isEqualTo("+447700900456");
		assertThatThrownBy(() -> this.after.decrypt(old)).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> new PersonalData(key(), key()).decrypt(old)).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void lookUpsMatchAHashUnderEitherKeyAndStoreTheCurrentOne() {
		String oldHash = this.before.keyedHash("SMS:+447700900123");

		assertThat(this.rotating.keyedHashes("SMS:+447700900123")).containsExactly(this.after.keyedHash("SMS:+447700900123"),
				oldHash);
		assertThat(this.rotating.keyedHash("SMS:+447700900123")).isEqualTo(this.after.keyedHash("SMS:+447700900123"));
		assertThat(this.after.keyedHashes("SMS:+447700900123")).doesNotContain(oldHash);
		assertThat(this.rotating.rotating()).isTrue();
		assertThat(this.after.rotating()).isFalse();
		assertThat(this.rotating.keyId()).isEqualTo(this.after.keyId()).isNotEqualTo(this.before.keyId());
	}

	private static byte[] key() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return key;
	}
}
