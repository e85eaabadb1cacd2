package uk.sosafe.assistant.staff;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A staff account change that cannot be made, with the reason in plain words. */
public class StaffAccountException extends ErrorResponseException {

	StaffAccountException(String reason) {
		super(HttpStatus.BAD_REQUEST, problem(reason), null);
	}

	private static ProblemDetail problem(String reason) {
		ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, reason);
		detail.setProperty("error", "invalid-account");
		return detail;
	}
}
