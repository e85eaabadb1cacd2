package uk.sosafe.assistant.system;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.security.SecureRandom;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import uk.sosafe.assistant.privacy.PersonalData;

/**
 * A data slice on a real SQLite file (never an embedded stand-in), with the application's own dialect,
 * converters and migrations, and a throwaway data key. Each test rolls back.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@DataJdbcTest(properties = "sosafe.data-dir=target/test-data/slices")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ JdbcConfiguration.class, DataSourceConfiguration.class, ClockConfiguration.class,
		SqliteDataTest.TestKeys.class })
@EnableConfigurationProperties(SystemProperties.class)
public @interface SqliteDataTest {

	@TestConfiguration(proxyBeanMethods = false)
	class TestKeys {

		@Bean
		PersonalData personalData() {
			byte[] key = new byte[32];
			new SecureRandom().nextBytes(key);
			return new PersonalData(key);
		}
	}
}
