package uk.sosafe.assistant.conversation.spi;

import java.util.List;
import java.util.Optional;

/**
 * Where residents may say they live: the list in {@code content/wards.yaml} (checked at start), for any
 * feature that asks, such as a survey's ward question or choosing campaign alerts for one's area.
 */
public interface Wards {

	/** Every entry, in the file's order (the last may be answers such as "not sure"). */
	List<Ward> all();

	/** The entry with this id, or whose name is this text (any case). */
	default Optional<Ward> find(String idOrName) {
		if (idOrName == null) {
			return Optional.empty();
		}
		String wanted = idOrName.strip();
		return all().stream().filter(ward -> ward.id().equals(wanted) || ward.name().equalsIgnoreCase(wanted)).findFirst();
	}

	/** One entry: a stable id (lower-case letters, digits and hyphens) and the name residents see. */
	record Ward(String id, String name) {
	}
}
