package uk.sosafe.assistant;

import java.nio.file.Path;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the full-application tests: the whole assistant on a random port, on a real SQLite file in
 * a throwaway folder, with the real content, called over real HTTP. All such tests share one context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "SOSAFE_ADMIN_PASSWORD=" + HttpTest.ADMIN_PASSWORD, "sosafe.knowledge.reload-check=0s",
				"sosafe.metrics.token=" + HttpTest.METRICS_TOKEN })
public abstract class ApplicationTest extends HttpTest {

	private static final Path DATA = temporaryFolder("sosafe-test-");

	@DynamicPropertySource
	static void dataFolder(DynamicPropertyRegistry registry) {
		registry.add("sosafe.data-dir", DATA::toString);
	}
}
