package uk.sosafe.assistant.channel.sms;

import java.util.LinkedHashMap;
import java.util.Map;

import com.twilio.security.RequestValidator;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import uk.sosafe.assistant.channel.fakes.FakeTwilio;
import uk.sosafe.assistant.channel.fakes.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;

/** Twilio's published test vector and the recorded webhooks, checked with the SDK's validator and our fake's signer. */
class TwilioSignatureTest {

	@Test
	void twiliosTestVectorValidates() {
		JsonNode vector = Fixtures.json("twilio/signature-test-vector.json");
		Map<String, String> params = params(vector.path("params"));
		String url = vector.path("url").asString();
		String expected = vector.path("expectedSignature").asString();

		assertThat(new RequestValidator(vector.path("authToken").asString()).validate(url, params, expected)).isTrue();
		assertThat(FakeTwilio.sign(vector.path("authToken").asString(), url, params)).isEqualTo(expected);
		assertThat(new RequestValidator("another-token").validate(url, params, expected)).isFalse();
		params.put("Digits", "9999");
		assertThat(new RequestValidator(vector.path("authToken").asString()).validate(url, params, expected)).isFalse();
	}

	@Test
	void everyRecordedWebhookCarriesTheSignatureTwilioWouldMake() {
		JsonNode webhooks = Fixtures.json("twilio/webhooks.json");
		RequestValidator validator = new RequestValidator(webhooks.path("authToken").asString());
		webhooks.path("requests").properties().forEach(entry -> {
			JsonNode request = entry.getValue();
			String url = request.has("url") ? request.path("url").asString() : webhooks.path("url").asString();
			assertThat(validator.validate(url, params(request.path("params")), request.path("X-Twilio-Signature").asString()))
				.as(entry.getKey())
				.isTrue();
		});
	}

	private static Map<String, String> params(JsonNode node) {
		Map<String, String> params = new LinkedHashMap<>();
		node.properties().forEach(entry -> params.put(entry.getKey(), entry.getValue().asString()));
		return params;
	}
}
