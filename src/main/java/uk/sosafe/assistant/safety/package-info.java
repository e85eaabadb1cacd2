/** Notices danger and disclosures in every message and answers them safely: 999 first when someone is at risk now. */
package uk.sosafe.assistant.safety;
