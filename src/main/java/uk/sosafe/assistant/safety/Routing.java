package uk.sosafe.assistant.safety;

import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads the routing rules at start; a file with problems stops the start with every problem listed. */
@Configuration(proxyBeanMethods = false)
class Routing {

	private static final Logger log = LoggerFactory.getLogger(Routing.class);

	@Bean
	RoutingRules routingRules(@Value("${sosafe.content-dir:./content}") Path contentDir) {
		RoutingRules rules = RoutingRules.load(contentDir.resolve("routing.yaml"));
		log.info("Routing: {} teams; every disclosure category has a route", rules.teams().size());
		return rules;
	}
}
