package social.murmur.posts.status.web;

import org.junit.jupiter.api.Test;
import social.murmur.contracts.users.v1.Account;
import social.murmur.posts.support.PostsIntegrationTest;
import social.murmur.testsupport.TestIdentities;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class DeleteStatusIT extends PostsIntegrationTest {

	@Test
	void deletesAStatusForItsAuthorAndAnswersWithItsSource() {
		Account alice = this.users.register("alice");
		JsonNode posted = post(alice, params("status", "oops #typo", "spoiler_text", "cw"));
		String id = posted.get("id").asString();

		Response deleted = delete("/api/v1/statuses/" + id, tokenFor(alice));
		assertThat(deleted.status()).isEqualTo(200);
		assertThat(deleted.body().get("id").asString()).isEqualTo(id);
		assertThat(deleted.body().get("text").asString()).isEqualTo("oops #typo");
		assertThat(deleted.body().get("spoiler_text").asString()).isEqualTo("cw");

		assertThat(get("/api/v1/statuses/" + id, tokenFor(alice)).status()).isEqualTo(404);
		assertThat(delete("/api/v1/statuses/" + id, tokenFor(alice)).status()).isEqualTo(404);
		assertThat(ids(get("/api/v1/accounts/" + alice.getId() + "/statuses", tokenFor(alice)).body())).isEmpty();
	}

	@Test
	void refusesToDeleteSomeoneElsesStatusAndChangesNothing() {
		Account alice = this.users.register("alice");
		Account bob = this.users.register("bob");
		String id = post(alice, "mine").get("id").asString();

		Response response = delete("/api/v1/statuses/" + id, tokenFor(bob));
		assertThat(response.status()).isEqualTo(403);
		assertThat(response.error()).isNotBlank();
		Response still = get("/api/v1/statuses/" + id, null);
		assertThat(still.status()).isEqualTo(200);
		assertThat(still.body().get("content").asString()).isEqualTo("<p>mine</p>");
	}

	@Test
	void answersNotFoundForAStatusTheCallerMayNotSee() {
		Account alice = this.users.register("alice");
		Account bob = this.users.register("bob");
		String id = post(alice, params("status", "secret", "visibility", "direct")).get("id").asString();
		assertThat(delete("/api/v1/statuses/" + id, tokenFor(bob)).status()).isEqualTo(404);
		assertThat(get("/api/v1/statuses/" + id, tokenFor(alice)).status()).isEqualTo(200);
	}

	@Test
	void answersNotFoundForUnknownAndMalformedIds() {
		Account alice = this.users.register("alice");
		assertThat(delete("/api/v1/statuses/1", tokenFor(alice)).status()).isEqualTo(404);
		assertThat(delete("/api/v1/statuses/abc", tokenFor(alice)).status()).isEqualTo(404);
	}

	@Test
	void refusesCallersWithoutIdentityOrWriteScope() {
		Account alice = this.users.register("alice");
		String id = post(alice, "keep").get("id").asString();
		assertThat(delete("/api/v1/statuses/" + id, null).status()).isEqualTo(401);
		assertThat(delete("/api/v1/statuses/" + id, TestIdentities.forged(alice.getId())).status()).isEqualTo(401);
		assertThat(delete("/api/v1/statuses/" + id, TestIdentities.forAccount(alice.getId(), "read")).status())
			.isEqualTo(403);
		assertThat(get("/api/v1/statuses/" + id, null).status()).isEqualTo(200);
	}

}
