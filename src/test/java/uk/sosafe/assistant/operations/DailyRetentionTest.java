package uk.sosafe.assistant.operations;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import uk.sosafe.assistant.conversation.spi.RetentionRule;

import static org.assertj.core.api.Assertions.assertThat;

/** The daily run asks every module, logs the count of each kind, and one failing kind stops no other. */
@ExtendWith(OutputCaptureExtension.class)
class DailyRetentionTest {

	@Test
	void everyKindRunsAndItsCountIsLogged(CapturedOutput output) {
		DailyRetention retention = new DailyRetention(List.of(rule("survey-responses", 4), rule("closed-cases", 2),
				failing("consent-ledger")), null);

		assertThat(retention.run()).containsExactly(java.util.Map.entry("closed-cases", 2),
				java.util.Map.entry("consent-ledger", DailyRetention.FAILED), java.util.Map.entry("survey-responses", 4));
		assertThat(output).contains("Retention: closed-cases 2 deleted, consent-ledger failed, survey-responses 4 deleted");
	}

	private static RetentionRule rule(String kind, int count) {
		return new RetentionRule() {
			@Override
			public String kind() {
				return kind;
			}

			@Override
			public int deleteExpired() {
				return count;
			}
		};
	}

	private static RetentionRule failing(String kind) {
		return new RetentionRule() {
			@Override
			public String kind() {
				return kind;
			}

			@Override
			public int deleteExpired() {
				throw new IllegalStateException("the database is locked");
			}
		};
	}
}
