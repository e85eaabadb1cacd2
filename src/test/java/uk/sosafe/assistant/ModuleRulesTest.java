package uk.sosafe.assistant;

import java.util.List;
import java.util.Map;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The module rules of docs/architecture.md, checked on the compiled classes: which module may use which,
 * and where platform libraries may appear. A new dependency between modules fails here first.
 */
class ModuleRulesTest {

	private static final String ROOT = "uk.sosafe.assistant";

	/**
	 * Modules every other module may use: encryption and scrubbing, the audit trail, cluster leases, and the phrase
	 * scan for long lists of phrases.
	 */
	private static final List<String> SHARED = List.of("privacy", "audit", "cluster", "text");

	/** Each module and the modules it may use (besides itself, the shared ones, and its own sub-packages). */
	private static final Map<String, List<String>> MAY_USE = Map.ofEntries(
			Map.entry("conversation", List.of("conversation.spi", "knowledge", "safety")),
			Map.entry("conversation.spi", List.of()),
			Map.entry("knowledge", List.of()),
			Map.entry("safety", List.of("conversation.spi", "staff")),
			Map.entry("survey", List.of("conversation.spi")),
			Map.entry("campaign", List.of("conversation.spi", "safety")),
			Map.entry("channel.telegram", List.of("conversation.spi")),
			Map.entry("channel.sms", List.of("conversation.spi")),
			Map.entry("channel.web", List.of("conversation.spi", "conversation")),
			Map.entry("staff", List.of()),
			Map.entry("console", List.of("conversation", "conversation.spi", "knowledge", "safety", "survey", "campaign", "staff",
					"operations")),
			Map.entry("operations", List.of("conversation.spi")),
			Map.entry("system", List.of()),
			Map.entry("privacy", List.of()),
			Map.entry("audit", List.of("conversation.spi")),
			Map.entry("cluster", List.of()),
			Map.entry("text", List.of()));

	private static final List<String> ALL = List.copyOf(MAY_USE.keySet());

	private static JavaClasses classes;

	@BeforeAll
	static void importClasses() {
		classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
	}

	@Test
	void theRulesSeeTheModules() {
		List.of("conversation", "conversation.spi", "knowledge", "safety", "survey", "campaign", "channel.web",
				"channel.telegram", "channel.sms", "staff", "console", "system", "privacy", "audit", "cluster",
				"operations", "text")
			.forEach(module -> assertThat(classes.containPackage(ROOT + "." + module)).as(module).isTrue());
	}

	@Test
	void modulesUseOnlyWhatTheyMay() {
		MAY_USE.forEach((module, allowed) -> {
			String[] forbidden = ALL.stream()
				.filter(other -> !other.equals(module) && !allowed.contains(other) && !SHARED.contains(other))
				.map(other -> ROOT + "." + other + (other.equals("conversation") ? "" : ".."))
				.toArray(String[]::new);
			noClasses().that().resideInAPackage(packageOf(module))
				.should().dependOnClassesThat().resideInAnyPackage(forbidden)
				.allowEmptyShould(true)
				.because(module + " may use only " + allowed)
				.check(classes);
		});
	}

	@Test
	void nothingDependsOnChannelsConsoleOrSystem() {
		noClasses().that().resideOutsideOfPackages(ROOT + ".channel..", ROOT + ".console..", ROOT + ".system..", ROOT)
			.should().dependOnClassesThat().resideInAnyPackage(ROOT + ".channel..", ROOT + ".console..", ROOT + ".system..")
			.check(classes);
	}

	@Test
	void channelAdaptersNeverSeeEachOther() {
		slices().matching(ROOT + ".channel.(*)..").should().notDependOnEachOther().allowEmptyShould(true).check(classes);
	}

	@Test
	void platformLibrariesStayInTheirOwnModules() {
		noClasses().that().resideOutsideOfPackage(ROOT + ".channel.telegram..")
			.should().dependOnClassesThat().resideInAPackage("org.telegram..").check(classes);
		noClasses().that().resideOutsideOfPackage(ROOT + ".channel.sms..")
			.should().dependOnClassesThat().resideInAPackage("com.twilio..").check(classes);
		noClasses().that().resideOutsideOfPackages(ROOT + ".knowledge..", ROOT + ".safety..")
			.should().dependOnClassesThat().resideInAPackage("org.apache.lucene..").check(classes);
	}

	private static String packageOf(String module) {
		return module.equals("conversation") ? ROOT + ".conversation" : ROOT + "." + module + "..";
	}
}
