/** Ports that channels and features plug into or call, and the values that cross them. */
package uk.sosafe.assistant.conversation.spi;
