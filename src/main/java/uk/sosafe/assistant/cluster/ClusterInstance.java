package uk.sosafe.assistant.cluster;

import java.util.UUID;

import org.springframework.stereotype.Component;

/** This instance's name: the configured one, or a random one per start. */
@Component
public class ClusterInstance {

	private final String id;

	ClusterInstance(ClusterProperties properties) {
		String configured = properties.instanceId();
		this.id = configured == null || configured.isBlank()
				? "instance-" + UUID.randomUUID().toString().substring(0, 8) : configured.strip();
	}

	public String id() {
		return this.id;
	}
}
