package uk.sosafe.assistant.console;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.sosafe.assistant.staff.Role;

/** The console's own sections, by role: the access rules themselves are in {@link ConsoleSecurity}. */
@Configuration(proxyBeanMethods = false)
class ConsoleSections {

	@Bean
	ConsoleSection casesSection() {
		return new ConsoleSection("Cases", "/console/cases", 10, Set.of(Role.OFFICER, Role.ADMIN));
	}

	@Bean
	ConsoleSection contentSection() {
		return new ConsoleSection("Content", "/console/content", 20, Set.of(Role.ADMIN, Role.COMMS));
	}

	@Bean
	ConsoleSection gapsSection() {
		return new ConsoleSection("Unanswered questions", "/console/gaps", 30, Set.of(Role.ADMIN, Role.COMMS));
	}

	@Bean
	ConsoleSection surveysSection() {
		return new ConsoleSection("Surveys", "/console/surveys", 35, Set.of(Role.ADMIN, Role.COMMS));
	}

	@Bean
	ConsoleSection campaignsSection() {
		return new ConsoleSection("Campaigns", "/console/campaigns", 37, Set.of(Role.ADMIN, Role.COMMS));
	}

	@Bean
	ConsoleSection accountsSection() {
		return new ConsoleSection("Accounts", "/console/accounts", 40, Set.of(Role.ADMIN));
	}

	@Bean
	ConsoleSection residentsSection() {
		return new ConsoleSection("Residents’ data", "/console/residents", 45, Set.of(Role.ADMIN));
	}

	@Bean
	ConsoleSection auditSection() {
		return new ConsoleSection("Audit trail", "/console/audit", 50, Set.of(Role.ADMIN));
	}
}
