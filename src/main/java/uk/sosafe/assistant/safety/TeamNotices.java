package uk.sosafe.assistant.safety;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import uk.sosafe.assistant.conversation.spi.Channel;
import uk.sosafe.assistant.conversation.spi.Lane;
import uk.sosafe.assistant.conversation.spi.Outbox;
import uk.sosafe.assistant.conversation.spi.Reply;
import uk.sosafe.assistant.conversation.spi.Residents;

/**
 * Tells teams and officers about their cases over Telegram, through the outbox, unless the partnership
 * switched Telegram off for case work ({@code sosafe.safeguarding.telegram-alerts=false}, "console only").
 * Team chats get notices without the disclosed words; only an officer's private chat gets details.
 */
@Component
class TeamNotices {

	private final RoutingRules routing;

	private final OfficerLinks links;

	private final Residents residents;

	private final Outbox outbox;

	private final boolean telegram;

	TeamNotices(RoutingRules routing, OfficerLinks links, Residents residents, Outbox outbox,
			@Value("${sosafe.safeguarding.telegram-alerts:true}") boolean telegram) {
		this.routing = routing;
		this.links = links;
		this.residents = residents;
		this.outbox = outbox;
		this.telegram = telegram;
	}

	/** Whether case work may use Telegram at all. */
	boolean telegramOn() {
		return this.telegram;
	}

	/** A notice to the Telegram chat of every team the case was routed to. */
	void toTeams(SafeguardingCase safeguarding, Reply notice, Lane lane) {
		if (!this.telegram) {
			return;
		}
		for (String teamId : safeguarding.teams()) {
			this.routing.team(teamId).filter(team -> team.telegramChat() != null).ifPresent(team -> this.outbox
				.enqueue(this.residents.resolve(Channel.TELEGRAM, team.telegramChat()), List.of(notice), lane));
		}
	}

	/** A private message to an officer's linked Telegram account; false when there is none to send to. */
	boolean toOfficer(String username, Reply message) {
		if (!this.telegram) {
			return false;
		}
		return this.links.accountOf(username, Channel.TELEGRAM).map(account -> {
			toAccount(account, message);
			return true;
		}).orElse(false);
	}

	/** A private message to a Telegram account (the officer's own chat with the bot). */
	void toAccount(String account, Reply message) {
		this.outbox.enqueue(this.residents.resolve(Channel.TELEGRAM, account), List.of(message), Lane.SAFETY);
	}
}
