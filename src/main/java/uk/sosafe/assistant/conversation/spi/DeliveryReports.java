package uk.sosafe.assistant.conversation.spi;

/** What a platform later says about a message it accepted (Twilio status callbacks). */
public interface DeliveryReports {

	/**
	 * Records a delivery report for the outbound message with this platform id. Reports only move a
	 * message forward (sent, then delivered or failed); a late or repeated report changes nothing.
	 *
	 * @return whether the report changed a message
	 */
	boolean report(Channel channel, String platformId, Delivery delivery, String detail);

	enum Delivery {
		SENT, DELIVERED, FAILED
	}
}
