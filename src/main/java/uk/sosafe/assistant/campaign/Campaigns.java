package uk.sosafe.assistant.campaign;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** Campaigns. */
interface Campaigns extends ListCrudRepository<Campaign, String> {

	List<Campaign> findByStatusIn(List<CampaignStatus> statuses);

	Optional<Campaign> findByStartCode(String startCode);
}
