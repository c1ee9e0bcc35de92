package social.murmur.users.follow.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import social.murmur.testsupport.TestIdentities;
import social.murmur.users.UsersIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class FollowListsIT extends UsersIntegrationTest {

	private static final Pattern LINK = Pattern.compile("<([^>]+)>; rel=\"(next|prev)\"");

	private long star;

	/** Followers of {@link #star}, in the order they followed it. */
	private final List<Long> fans = new ArrayList<>();

	@BeforeEach
	void fiveFollowers() {
		this.star = newAccount().getId();
		this.fans.clear();
		for (int i = 0; i < 5; i++) {
			long fan = newAccount().getId();
			assertThat(post("/api/v1/accounts/" + this.star + "/follow", TestIdentities.forAccount(fan)).status())
				.isEqualTo(200);
			this.fans.add(fan);
		}
	}

	@Test
	void followersArePagedNewestFirstWithLinksBothWays() {
		Response first = get("/api/v1/accounts/" + this.star + "/followers?limit=2", null);
		assertThat(first.status()).isEqualTo(200);
		assertThat(ids(first)).containsExactly(fan(4), fan(3));
		String next = link(first, "next");
		assertThat(next).startsWith("https://murmur.test/api/v1/accounts/" + this.star + "/followers?")
			.contains("limit=2")
			.contains("max_id=");
		Response second = get(pathOf(next), null);
		assertThat(ids(second)).containsExactly(fan(2), fan(1));
		Response third = get(pathOf(link(second, "next")), null);
		assertThat(ids(third)).containsExactly(fan(0));
		Response beyond = get(pathOf(link(third, "next")), null);
		assertThat(beyond.status()).isEqualTo(200);
		assertThat(ids(beyond)).isEmpty();
		assertThat(beyond.header("Link")).isNull();
		Response back = get(pathOf(link(third, "prev")), null);
		assertThat(ids(back)).containsExactly(fan(2), fan(1));
		Response backAgain = get(pathOf(link(back, "prev")), null);
		assertThat(ids(backAgain)).containsExactly(fan(4), fan(3));
		assertThat(ids(get(pathOf(link(backAgain, "prev")), null))).isEmpty();
	}

	@Test
	void sinceIdGivesTheNewestFollowsAfterACursor() {
		Response oldest = get(
				"/api/v1/accounts/" + this.star + "/followers?limit=1&max_id=" + followId(fan(1), this.star), null);
		assertThat(ids(oldest)).containsExactly(fan(0));
		Response since = get(
				"/api/v1/accounts/" + this.star + "/followers?limit=2&since_id=" + followId(fan(0), this.star), null);
		assertThat(ids(since)).containsExactly(fan(4), fan(3));
	}

	@Test
	void followingIsPagedTheSameWay() {
		long reader = this.fans.get(0);
		List<Long> followed = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			long other = newAccount().getId();
			post("/api/v1/accounts/" + other + "/follow", TestIdentities.forAccount(reader));
			followed.add(other);
		}
		Response first = get("/api/v1/accounts/" + reader + "/following?limit=2", null);
		assertThat(ids(first)).containsExactly(followed.get(2), followed.get(1));
		Response second = get(pathOf(link(first, "next")), null);
		assertThat(ids(second)).containsExactly(followed.get(0), this.star);
		Response back = get(pathOf(link(second, "prev")), null);
		assertThat(ids(back)).containsExactly(followed.get(2), followed.get(1));
	}

	@Test
	void defaultsToFortyAndClampsTheLimitToEighty() {
		assertThat(ids(get("/api/v1/accounts/" + this.star + "/followers", null))).hasSize(5);
		assertThat(ids(get("/api/v1/accounts/" + this.star + "/followers?limit=1000", null))).hasSize(5);
		assertThat(ids(get("/api/v1/accounts/" + this.star + "/followers?limit=0", null))).hasSize(5);
	}

	@Test
	void unfollowedAccountsLeaveTheList() {
		post("/api/v1/accounts/" + this.star + "/unfollow", TestIdentities.forAccount(fan(2)));
		assertThat(ids(get("/api/v1/accounts/" + this.star + "/followers", null))).containsExactly(fan(4), fan(3),
				fan(1), fan(0));
		assertThat(get("/api/v1/accounts/" + this.star, null).json().get("followers_count").asLong()).isEqualTo(4);
	}

	@Test
	void listsOfUnknownOrMalformedAccountsAreNotFound() {
		assertThat(get("/api/v1/accounts/987654321987/followers", null).status()).isEqualTo(404);
		assertThat(get("/api/v1/accounts/987654321987/following", null).status()).isEqualTo(404);
		assertThat(get("/api/v1/accounts/xyz/followers", null).status()).isEqualTo(404);
		assertThat(get("/api/v1/accounts/xyz/following", null).status()).isEqualTo(404);
	}

	@Test
	void malformedCursorsAreBadRequests() {
		Response response = get("/api/v1/accounts/" + this.star + "/followers?max_id=abc", null);
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.error()).contains("max_id");
		assertThat(get("/api/v1/accounts/" + this.star + "/following?limit=lots", null).status()).isEqualTo(400);
	}

	@Test
	void aForgedIdentityIsRefused() {
		assertThat(get("/api/v1/accounts/" + this.star + "/followers", TestIdentities.forged(fan(0))).status())
			.isEqualTo(401);
	}

	private long fan(int index) {
		return this.fans.get(index);
	}

	private long followId(long follower, long followee) {
		return this.jdbc.sql("select id from follows where follower_id = ? and followee_id = ?")
			.params(follower, followee)
			.query(Long.class)
			.single();
	}

	private static List<Long> ids(Response response) {
		List<Long> ids = new ArrayList<>();
		for (JsonNode account : response.json()) {
			ids.add(Long.parseLong(account.get("id").asString()));
		}
		return ids;
	}

	private static String link(Response response, String rel) {
		String header = response.header("Link");
		assertThat(header).as("Link header").isNotNull();
		Matcher matcher = LINK.matcher(header);
		while (matcher.find()) {
			if (matcher.group(2).equals(rel)) {
				return matcher.group(1);
			}
		}
		throw new AssertionError("No " + rel + " link in " + header);
	}

	private static String pathOf(String url) {
		return url.substring("https://murmur.test".length());
	}

}
