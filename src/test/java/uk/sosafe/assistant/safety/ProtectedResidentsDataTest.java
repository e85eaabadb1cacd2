package uk.sosafe.assistant.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;

import uk.sosafe.assistant.conversation.spi.ResidentForgotten;
import uk.sosafe.assistant.conversation.spi.ResidentId;
import uk.sosafe.assistant.conversation.spi.ResidentProtected;
import uk.sosafe.assistant.system.SqliteDataTest;

import static org.assertj.core.api.Assertions.assertThat;

@SqliteDataTest
@Import({ ProtectedResidents.class, ProtectedResidentsDataTest.Listener.class })
class ProtectedResidentsDataTest {

	static final List<ResidentId> HEARD = new ArrayList<>();

	@Autowired
	ProtectedResidents protectedResidents;

	@Test
	void domesticAbuseProtectsOnceAndOtherCategoriesDoNot() {
		ResidentId victim = new ResidentId("r_" + UUID.randomUUID());
		ResidentId neighbour = new ResidentId("r_" + UUID.randomUUID());

		this.protectedResidents.afterDisclosure(victim, "domestic-abuse");
		this.protectedResidents.afterDisclosure(victim, "stalking-harassment");
		this.protectedResidents.afterDisclosure(neighbour, "cuckooing");

		assertThat(this.protectedResidents.isProtected(victim)).isTrue();
		assertThat(this.protectedResidents.isProtected(neighbour)).isFalse();
		assertThat(HEARD).containsOnlyOnce(victim).doesNotContain(neighbour);
	}

	@Test
	void forgettingTheResidentRemovesTheMark() {
		ResidentId victim = new ResidentId("r_" + UUID.randomUUID());
		this.protectedResidents.afterDisclosure(victim, "sexual-violence");

		this.protectedResidents.on(new ResidentForgotten(victim));

		assertThat(this.protectedResidents.isProtected(victim)).isFalse();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Listener {

		@EventListener
		void on(ResidentProtected event) {
			HEARD.add(event.resident());
		}
	}
}
