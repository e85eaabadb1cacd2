package uk.sosafe.assistant;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Starts the SoSafe Assistant. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SosafeAssistantApplication {

	public static void main(String[] args) {
		SpringApplication.run(SosafeAssistantApplication.class, args);
	}
}
