package uk.sosafe.assistant.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Provides {@link PersonalData} with the key from the environment. Without one (a local start on
 * SQLite), a key is generated once into the data folder, readable by the owner only, and reused. On a
 * shared database (PostgreSQL) the key must be given: instances that each generated their own could not
 * read each other's data, so starting without one is refused.
 */
@Configuration(proxyBeanMethods = false)
class DataKeyConfiguration {

	private static final Logger log = LoggerFactory.getLogger(DataKeyConfiguration.class);

	@Bean
	PersonalData personalData(PrivacyProperties properties, @Value("${spring.datasource.url:}") String databaseUrl) {
		byte[] previous = properties.previousDataKey() == null || properties.previousDataKey().isBlank() ? null
				: decode(properties.previousDataKey().trim());
		if (properties.dataKey() != null && !properties.dataKey().isBlank()) {
			return new PersonalData(decode(properties.dataKey().trim()), previous);
		}
		if (!databaseUrl.isBlank() && !databaseUrl.startsWith("jdbc:sqlite:")) {
			throw new IllegalStateException("SOSAFE_PRIVACY_DATA_KEY is not set: on a shared database every instance "
					+ "needs the same data key, so none is generated (see docs/operations.md)");
		}
		return new PersonalData(decode(readOrCreate(properties.keyFile())), previous);
	}

	private static byte[] decode(String base64) {
		try {
			return Base64.getDecoder().decode(base64);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("sosafe.privacy.data-key is not valid base64 of 32 bytes", ex);
		}
	}

	private static String readOrCreate(Path keyFile) {
		try {
			if (Files.exists(keyFile)) {
				return Files.readString(keyFile, StandardCharsets.US_ASCII).trim();
			}
			Files.createDirectories(keyFile.toAbsolutePath().getParent());
			byte[] key = new byte[32];
			new SecureRandom().nextBytes(key);
			String encoded = Base64.getEncoder().encodeToString(key);
			Files.writeString(keyFile, encoded, StandardCharsets.US_ASCII);
			restrictToOwner(keyFile);
			log.warn("No SOSAFE_PRIVACY_DATA_KEY set: generated a data key in {}. Set the variable in production.", keyFile);
			return encoded;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or create the data key file " + keyFile, ex);
		}
	}

	private static void restrictToOwner(Path file) throws IOException {
		if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		else {
			log.warn("Cannot restrict permissions of {} on this file system", file);
		}
	}
}
