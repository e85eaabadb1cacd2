package uk.sosafe.assistant.operations;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import uk.sosafe.assistant.audit.AuditTrail;
import uk.sosafe.assistant.conversation.spi.Channel;
import uk.sosafe.assistant.conversation.spi.ResidentForgotten;
import uk.sosafe.assistant.conversation.spi.ResidentId;
import uk.sosafe.assistant.conversation.spi.ResidentRecords;
import uk.sosafe.assistant.conversation.spi.Residents;

/**
 * A resident's rights of access and erasure, for administrators: find a resident by the address they
 * wrote from, export everything each module holds about them, or forget them everywhere (each module
 * erases its own data on {@link ResidentForgotten}; an opt-out outlives them as a keyed hash). Every
 * look-up, export and erasure is audited, with no address or resident id in the trail.
 */
@Service
public class SubjectAccess {

	private final Residents residents;

	private final List<ResidentRecords> records;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	SubjectAccess(Residents residents, List<ResidentRecords> records, AuditTrail audit, ApplicationEventPublisher events,
			TransactionTemplate transactions, Clock clock) {
		this.residents = residents;
		this.records = records.stream().sorted(Comparator.comparing(ResidentRecords::part)).toList();
		this.audit = audit;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** The resident who wrote from this address, if the service knows them. */
	public Optional<ResidentId> lookUp(String staff, Channel channel, String address) {
		Optional<ResidentId> found = this.residents.find(channel, ResidentAddresses.normalise(channel, address));
		this.audit.record(staff, "RESIDENT_LOOKED_UP", null, channel + " address, " + (found.isPresent() ? "found" : "not found"));
		return found;
	}

	/** Everything held about the resident, decrypted; empty when the service does not know them. */
	public Optional<Export> export(String staff, ResidentId resident) {
		Optional<Channel> channel = this.residents.channelOf(resident);
		if (channel.isEmpty()) {
			return Optional.empty();
		}
		Map<String, Map<String, Object>> parts = new LinkedHashMap<>();
		this.records.forEach(share -> {
			Map<String, Object> held = share.export(resident);
			if (!held.isEmpty()) {
				parts.put(share.part(), held);
			}
		});
		this.audit.record(staff, "RESIDENT_EXPORTED", null, channel.get() + " resident, parts: " + String.join(", ", parts.keySet()));
		return Optional.of(new Export(resident.value(), this.clock.instant(), parts, keptAfterForgetting(resident)));
	}

	/** How much each module holds, without the data itself: what the console shows before an export or erasure. */
	public Optional<Summary> summary(ResidentId resident) {
		Optional<Channel> channel = this.residents.channelOf(resident);
		if (channel.isEmpty()) {
			return Optional.empty();
		}
		Map<String, Integer> held = new LinkedHashMap<>();
		this.records.forEach(share -> share.export(resident).forEach((name, value) -> {
			if (value != null && !(value instanceof String)) {
				held.put(share.part() + " / " + name, value instanceof Collection<?> rows ? rows.size() : 1);
			}
		}));
		return Optional.of(new Summary(resident.value(), channel.get(), held, keptAfterForgetting(resident)));
	}

	/**
	 * Forgets the resident everywhere, in one transaction with its audit entry; returns what was kept and
	 * why, or empty when the service does not know them.
	 */
	public Optional<Erasure> erase(String staff, ResidentId resident) {
		Optional<Channel> channel = this.residents.channelOf(resident);
		if (channel.isEmpty()) {
			return Optional.empty();
		}
		List<String> kept = keptAfterForgetting(resident);
		this.transactions.executeWithoutResult(status -> {
			this.events.publishEvent(new ResidentForgotten(resident));
			this.audit.record(staff, "RESIDENT_ERASED", null, channel.get() + " resident, on request; " + kept.size() + " kept by policy");
		});
		return Optional.of(new Erasure(this.clock.instant(), kept));
	}

	private List<String> keptAfterForgetting(ResidentId resident) {
		List<String> kept = new ArrayList<>();
		this.records.forEach(share -> kept.addAll(share.keptAfterForgetting(resident)));
		return kept;
	}

	/** A subject-access export: each module's share by name, and what would outlive an erasure. */
	public record Export(String reference, Instant exportedAt, Map<String, Map<String, Object>> parts,
			List<String> keptAfterErasure) {
	}

	/** How many records of each kind are held, and what would outlive an erasure. */
	public record Summary(String reference, Channel channel, Map<String, Integer> held, List<String> keptAfterErasure) {
	}

	/** What an erasure left, and why. */
	public record Erasure(Instant erasedAt, List<String> kept) {
	}
}
