package social.murmur.auth.client;

import java.util.List;

/** A registration that breaks a rule; the messages are worded as Mastodon words them. */
public class ClientRegistrationRejected extends RuntimeException {

	private final List<String> problems;

	public ClientRegistrationRejected(List<String> problems) {
		super("Validation failed: " + String.join(", ", problems), null, false, false);
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return this.problems;
	}

}
