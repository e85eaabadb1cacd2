package uk.sosafe.assistant.safety;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** Safeguarding cases. */
interface Cases extends ListCrudRepository<SafeguardingCase, String> {

	Optional<SafeguardingCase> findByReference(String reference);
}
