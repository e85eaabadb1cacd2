package uk.sosafe.assistant.channel.web;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A chat request the API will not take, with a stable error code and a plain reason. */
class ChatProblem extends ErrorResponseException {

	ChatProblem(HttpStatusCode status, String code, String reason) {
		super(status, problem(status, code, reason), null);
	}

	private static ProblemDetail problem(HttpStatusCode status, String code, String reason) {
		ProblemDetail detail = ProblemDetail.forStatusAndDetail(status, reason);
		detail.setProperty("error", code);
		return detail;
	}
}
