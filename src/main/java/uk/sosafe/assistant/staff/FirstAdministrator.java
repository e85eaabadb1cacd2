package uk.sosafe.assistant.staff;

import java.util.EnumSet;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Makes sure someone can sign in on a fresh install: when there are no staff accounts, creates
 * {@code admin} with the password from {@code SOSAFE_ADMIN_PASSWORD}, or with a one-time password
 * printed once to the console, which must be changed at first sign-in.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final StaffDirectory directory;

	private final String configuredPassword;

	FirstAdministrator(StaffDirectory directory, @Value("${SOSAFE_ADMIN_PASSWORD:}") String configuredPassword) {
		this.directory = directory;
		this.configuredPassword = configuredPassword;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.directory.any()) {
			return;
		}
		try {
			createFirst();
		}
		catch (DataIntegrityViolationException | StaffAccountException ex) {
			// Several instances starting together on an empty shared database: another one created it.
			if (!this.directory.any()) {
				throw ex;
			}
			log.info("The first administrator was created by another instance");
		}
	}

	private void createFirst() {
		Set<Role> roles = EnumSet.of(Role.ADMIN);
		if (!this.configuredPassword.isBlank()) {
			this.directory.create("admin", "Administrator", this.configuredPassword, roles, Set.of(), false);
			log.info("Created the first administrator 'admin' with the password from SOSAFE_ADMIN_PASSWORD");
			return;
		}
		String oneTime = OneTimePasswords.generate();
		this.directory.create("admin", "Administrator", oneTime, roles, Set.of(), true);
		System.out.printf("%n  First administrator created. Username: admin   One-time password: %s%n"
				+ "  It is shown only now and must be changed at first sign-in.%n%n", oneTime);
	}
}
