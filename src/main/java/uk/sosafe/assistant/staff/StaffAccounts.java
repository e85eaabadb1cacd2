package uk.sosafe.assistant.staff;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.CrudRepository;

interface StaffAccounts extends CrudRepository<StaffAccount, String> {

	Optional<StaffAccount> findByUsername(String username);

	List<StaffAccount> findAllByOrderByUsername();
}
