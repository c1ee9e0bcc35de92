package social.murmur.bench.api;

/**
 * An account of the data set, signed up through the API.
 *
 * @param index its place in the generated data set (and the follow graph)
 * @param id its account id, as the API shows it
 * @param username its username
 * @param token its access token
 */
public record Member(int index, String id, String username, String token) {

	public long accountId() {
		return Long.parseLong(this.id);
	}

}
