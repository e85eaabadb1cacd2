/** The web chat: the JSON chat API (a contract) and the page residents chat in, with a quick exit. */
package uk.sosafe.assistant.channel.web;
