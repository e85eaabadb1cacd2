/**
 * The channel-neutral core: residents, the conversation engine (safety first, then the active flow,
 * commands, knowledge and fallback), conversation state and the transcript.
 */
package uk.sosafe.assistant.conversation;
