package social.murmur.posts.status.web;

import org.junit.jupiter.api.Test;
import social.murmur.contracts.users.v1.Account;
import social.murmur.posts.support.PostsIntegrationTest;
import social.murmur.testsupport.TestIdentities;

import static org.assertj.core.api.Assertions.assertThat;

class StatusVisibilityIT extends PostsIntegrationTest {

	@Test
	void showsPrivateStatusesToTheAuthorFollowersAndMentionedAccountsOnly() {
		Account author = this.users.register("author");
		Account follower = this.users.register("follower");
		Account mentioned = this.users.register("mentioned");
		Account stranger = this.users.register("stranger");
		this.users.follow(follower.getId(), author.getId());
		String id = post(author, params("status", "for friends @" + mentioned.getUsername(), "visibility", "private"))
			.get("id")
			.asString();

		assertThat(statusOf(id, tokenFor(author))).isEqualTo(200);
		assertThat(statusOf(id, tokenFor(follower))).isEqualTo(200);
		assertThat(statusOf(id, tokenFor(mentioned))).isEqualTo(200);
		assertThat(statusOf(id, tokenFor(stranger))).isEqualTo(404);
		assertThat(statusOf(id, null)).isEqualTo(404);
	}

	@Test
	void showsDirectStatusesToTheAuthorAndMentionedAccountsOnly() {
		Account author = this.users.register("author");
		Account follower = this.users.register("follower");
		Account mentioned = this.users.register("mentioned");
		this.users.follow(follower.getId(), author.getId());
		String id = post(author, params("status", "psst @" + mentioned.getUsername(), "visibility", "direct")).get("id")
			.asString();

		assertThat(statusOf(id, tokenFor(author))).isEqualTo(200);
		assertThat(statusOf(id, tokenFor(mentioned))).isEqualTo(200);
		assertThat(statusOf(id, tokenFor(follower))).isEqualTo(404);
		assertThat(statusOf(id, null)).isEqualTo(404);
	}

	@Test
	void showsUnlistedStatusesToAnyone() {
		Account author = this.users.register("author");
		String id = post(author, params("status", "quiet", "visibility", "unlisted")).get("id").asString();
		assertThat(statusOf(id, null)).isEqualTo(200);
	}

	@Test
	void answersNotFoundForUnknownAndMalformedIds() {
		Account reader = this.users.register("reader");
		for (String id : new String[] { "1", "abc", "99999999999999999999", "-5" }) {
			Response response = get("/api/v1/statuses/" + id, tokenFor(reader));
			assertThat(response.status()).as(id).isEqualTo(404);
			assertThat(response.error()).isNotBlank();
		}
	}

	@Test
	void refusesAForgedIdentityAndATokenWithoutReadScope() {
		Account author = this.users.register("author");
		String id = post(author, "public").get("id").asString();
		assertThat(statusOf(id, TestIdentities.forged(author.getId()))).isEqualTo(401);
		assertThat(statusOf(id, TestIdentities.forAccount(author.getId(), "write"))).isEqualTo(403);
		assertThat(statusOf(id, TestIdentities.forAccount(author.getId(), "read:statuses"))).isEqualTo(200);
	}

	@Test
	void showsSeveralStatusesAtOnceLeavingOutThoseTheViewerMayNotSee() {
		Account author = this.users.register("author");
		Account reader = this.users.register("reader");
		String open = post(author, "open").get("id").asString();
		String closed = post(author, params("status", "closed", "visibility", "private")).get("id").asString();

		Response response = get(
				"/api/v1/statuses?id%5B%5D=" + closed + "&id%5B%5D=" + open + "&id%5B%5D=nonsense&id%5B%5D=1",
				tokenFor(reader));
		assertThat(response.status()).isEqualTo(200);
		assertThat(ids(response.body())).containsExactly(open);

		Response own = get("/api/v1/statuses?id%5B%5D=" + closed + "&id%5B%5D=" + open, tokenFor(author));
		assertThat(ids(own.body())).containsExactly(closed, open);
	}

	@Test
	void refusesToShowTooManyStatusesAtOnce() {
		StringBuilder query = new StringBuilder("/api/v1/statuses?");
		for (int i = 1; i <= 41; i++) {
			query.append("id%5B%5D=").append(i).append('&');
		}
		Response response = get(query.toString(), null);
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.error()).isNotBlank();
	}

	private int statusOf(String id, String token) {
		return get("/api/v1/statuses/" + id, token).status();
	}

}
