package uk.sosafe.assistant.conversation;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

interface Conversations extends CrudRepository<Conversation, String> {

	@Modifying
	@Query("DELETE FROM conversations WHERE resident_id = :residentId")
	void deleteByResident(String residentId);
}
