package uk.sosafe.assistant.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The data source. On SQLite the data folder is created first, and the pool holds a single
 * connection: SQLite allows one writer at a time, and one connection makes that explicit instead
 * of leaving writers to wait on each other's locks.
 */
@Configuration(proxyBeanMethods = false)
class DataSourceConfiguration {

	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(DataSourceProperties properties, SystemProperties system) {
		if (properties.getUrl() != null && properties.getUrl().startsWith("jdbc:sqlite:")) {
			createFolder(system);
		}
		return properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
	}

	private static void createFolder(SystemProperties system) {
		try {
			Files.createDirectories(system.dataDir());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the data folder " + system.dataDir().toAbsolutePath(), ex);
		}
	}
}
