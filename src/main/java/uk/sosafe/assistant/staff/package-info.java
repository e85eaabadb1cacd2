/** Staff accounts, roles and teams, sign-in with lockout, and the first administrator. */
package uk.sosafe.assistant.staff;
