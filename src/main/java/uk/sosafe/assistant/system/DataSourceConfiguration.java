package uk.sosafe.assistant.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The data source, chosen by {@code spring.datasource.url} alone: SQLite in the data folder by default,
 * or PostgreSQL for several instances. On SQLite the data folder is created first, and the pool holds
 * a single connection whatever the settings say: SQLite allows one writer at a time, and one
 * connection makes that explicit instead of leaving writers to wait on each other's locks. On
 * PostgreSQL the pool takes the {@code spring.datasource.hikari.*} settings (ten connections unless set).
 */
@Configuration(proxyBeanMethods = false)
class DataSourceConfiguration {

	@Bean
	HikariDataSource dataSource(DataSourceProperties properties, SystemProperties system, Environment environment) {
		boolean sqlite = isSqlite(properties.determineUrl());
		if (sqlite) {
			createFolder(system);
		}
		HikariDataSource dataSource = properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
		Binder.get(environment).bind("spring.datasource.hikari", Bindable.ofInstance(dataSource));
		if (sqlite) {
			dataSource.setMaximumPoolSize(1);
			dataSource.setMinimumIdle(1);
		}
		if (dataSource.getPoolName() == null) {
			dataSource.setPoolName(sqlite ? "sosafe-sqlite" : "sosafe-db");
		}
		return dataSource;
	}

	static boolean isSqlite(String url) {
		return url != null && url.startsWith("jdbc:sqlite:");
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
