package uk.sosafe.assistant.staff;

/** What a member of staff may do: administer, work on cases, or run communications. */
public enum Role {
	ADMIN, OFFICER, COMMS
}
