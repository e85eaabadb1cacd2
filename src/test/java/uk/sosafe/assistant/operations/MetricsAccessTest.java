package uk.sosafe.assistant.operations;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Without a configured token the metrics are not served at all; with one, only the exact token opens them. */
class MetricsAccessTest {

	@Test
	void noTokenConfiguredMeansNoMetrics() throws Exception {
		MockHttpServletResponse response = call(new MetricsProperties(null), "Bearer anything");

		assertThat(response.getStatus()).isEqualTo(404);
		assertThat(response.getContentAsString()).contains("\"error\":\"metrics-off\"", "SOSAFE_METRICS_TOKEN");
	}

	@Test
	void onlyTheExactTokenGetsThrough() throws Exception {
		MetricsProperties properties = new MetricsProperties("s3cret-token");

		assertThat(call(properties, "Bearer s3cret-token").getStatus()).isEqualTo(200);
		assertThat(call(properties, "Bearer s3cret-toke").getStatus()).isEqualTo(401);
		assertThat(call(properties, "Basic s3cret-token").getStatus()).isEqualTo(401);
		assertThat(call(properties, null).getHeader("WWW-Authenticate")).isEqualTo("Bearer");
	}

	private static MockHttpServletResponse call(MetricsProperties properties, String authorization) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", MetricsAccess.PATH);
		if (authorization != null) {
			request.addHeader("Authorization", authorization);
		}
		MockHttpServletResponse response = new MockHttpServletResponse();
		new MetricsAccess.TokenFilter(properties).doFilter(request, response, new MockFilterChain());
		return response;
	}
}
