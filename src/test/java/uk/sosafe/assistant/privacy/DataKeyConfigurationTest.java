package uk.sosafe.assistant.privacy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where the data key comes from: generated for a local SQLite start, required on a shared database. */
class DataKeyConfigurationTest {

	@TempDir
	Path data;

	@Test
	void aLocalSqliteStartGeneratesAKeyOnceAndReusesIt() throws Exception {
		Path keyFile = this.data.resolve("keys/data.key");
		PrivacyProperties properties = new PrivacyProperties(null, keyFile, null);

		PersonalData first = new DataKeyConfiguration().personalData(properties, "jdbc:sqlite:" + this.data + "/sosafe.db");
		PersonalData second = new DataKeyConfiguration().personalData(properties, "jdbc:sqlite:" + this.data + "/sosafe.db");

		assertThat(Files.exists(keyFile)).isTrue();
		assertThat(second.decrypt(first.encrypt("same key"))).isEqualTo("same key");
	}

	@Test
	void aSharedDatabaseWithoutAKeyIsRefusedRatherThanGivenAKeyOfItsOwn() {
		PrivacyProperties properties = new PrivacyProperties(null, this.data.resolve("keys/data.key"), null);

		assertThatThrownBy(() -> new DataKeyConfiguration().personalData(properties, "jdbc:postgresql://db/sosafe"))
			.hasMessageContaining("SOSAFE_PRIVACY_DATA_KEY");
		assertThat(Files.exists(this.data.resolve("keys/data.key"))).isFalse();
	}
}
