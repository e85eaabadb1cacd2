package uk.sosafe.assistant.survey;

import java.nio.file.Path;
import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.sosafe.assistant.conversation.spi.Wards;

/**
 * Reads the surveys at start; a survey file with a problem stops the start, naming it. The ward list read
 * with them is offered to other modules as {@link Wards}.
 */
@Configuration(proxyBeanMethods = false)
class SurveyConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SurveyConfiguration.class);

	@Bean
	SurveyCatalogue surveyCatalogue(@Value("${sosafe.content-dir:./content}") Path contentDir, Clock clock) {
		SurveyCatalogue catalogue = SurveyCatalogue.load(contentDir);
		log.info("Read {} surveys, {} open today", catalogue.all().size(),
				catalogue.openOn(SurveyCatalogue.today(clock)).size());
		return catalogue;
	}

	@Bean
	Wards wards(SurveyCatalogue catalogue) {
		return () -> catalogue.wards().stream().map(ward -> new Wards.Ward(ward.id(), ward.name())).toList();
	}
}
