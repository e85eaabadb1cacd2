package uk.sosafe.assistant.channel.sms;

import java.net.URI;

import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;

/**
 * The Twilio SDK's HTTP client with the host swapped for {@code sosafe.sms.api-base-url}: the SDK builds
 * URLs on a fixed Twilio host, so this is how it is pointed at a fake (or a proxy). Path, parameters,
 * headers and credentials are passed on unchanged.
 */
class RebasedHttpClient extends NetworkHttpClient {

	private final URI base;

	RebasedHttpClient(URI base) {
		this.base = base;
	}

	@Override
	public Response makeRequest(Request request) {
		URI original = URI.create(request.getUrl());
		String basePath = this.base.getPath() == null ? "" : this.base.getPath().replaceAll("/$", "");
		String url = this.base.getScheme() + "://" + this.base.getRawAuthority() + basePath + original.getRawPath();
		Request moved = new Request(request.getMethod(), url);
		if (request.getAuthStrategy() != null) {
			moved.setAuth(request.getAuthStrategy());
		}
		else if (request.getUsername() != null) {
			moved.setAuth(request.getUsername(), request.getPassword());
		}
		moved.setContentType(request.getContentType());
		if (request.getBody() != null) {
			moved.setBody(request.getBody());
		}
		request.getPostParams().forEach((name, values) -> values.forEach(value -> moved.addPostParam(name, value)));
		request.getQueryParams().forEach((name, values) -> values.forEach(value -> moved.addQueryParam(name, value)));
		request.getHeaderParams().forEach((name, values) -> values.forEach(value -> moved.addHeaderParam(name, value)));
		return super.makeRequest(moved);
	}
}
