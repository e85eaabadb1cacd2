/** Protection of personal data: encryption at rest, keyed hashes for look-ups, and scrubbing of free text. */
package uk.sosafe.assistant.privacy;
