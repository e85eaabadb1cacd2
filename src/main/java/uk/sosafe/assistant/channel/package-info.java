/** Channel adapters: each converts its platform's input, renders replies and sends; none sees another. */
package uk.sosafe.assistant.channel;
