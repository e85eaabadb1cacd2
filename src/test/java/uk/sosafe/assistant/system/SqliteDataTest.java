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

import uk.sosafe.assistant.cluster.ClusterDatabase;
import uk.sosafe.assistant.cluster.CommittedReads;
import uk.sosafe.assistant.cluster.ClusterInstance;
import uk.sosafe.assistant.cluster.ClusterLeases;
import uk.sosafe.assistant.cluster.ClusterMembers;
import uk.sosafe.assistant.cluster.ClusterProperties;
import uk.sosafe.assistant.privacy.PersonalData;

/**
 * A data slice on a real SQLite file, or PostgreSQL in the postgres run (never an embedded stand-in), with the application's own dialect,
 * converters and migrations, and a throwaway data key. Each test rolls back.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@DataJdbcTest(properties = "sosafe.data-dir=target/test-data/slices")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ JdbcConfiguration.class, DataSourceConfiguration.class, ClockConfiguration.class,
		SqliteDataTest.TestKeys.class, ClusterInstance.class, ClusterLeases.class, ClusterDatabase.class,
		ClusterMembers.class, CommittedReads.class })
@EnableConfigurationProperties({ SystemProperties.class, ClusterProperties.class })
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
