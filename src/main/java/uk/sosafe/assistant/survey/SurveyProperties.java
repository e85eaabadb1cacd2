package uk.sosafe.assistant.survey;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the survey module.
 *
 * @param progressKept how long an unfinished survey waits for the resident to carry on before its
 * answers so far are deleted
 */
@ConfigurationProperties("sosafe.survey")
public record SurveyProperties(@DefaultValue("30d") Duration progressKept) {
}
