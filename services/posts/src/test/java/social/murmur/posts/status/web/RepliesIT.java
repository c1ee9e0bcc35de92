package social.murmur.posts.status.web;

import org.junit.jupiter.api.Test;
import social.murmur.contracts.users.v1.Account;
import social.murmur.posts.support.PostsIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class RepliesIT extends PostsIntegrationTest {

	private static final String NOT_FOUND = "The post you are trying to reply to does not appear to exist.";

	@Test
	void linksAReplyToItsParentAndCountsIt() {
		Account alice = this.users.register("alice");
		Account bob = this.users.register("bob");
		String parent = post(alice, "question?").get("id").asString();

		JsonNode reply = post(bob, params("status", "answer", "in_reply_to_id", parent));
		assertThat(reply.get("in_reply_to_id").asString()).isEqualTo(parent);
		assertThat(reply.get("in_reply_to_account_id").asString()).isEqualTo(Long.toString(alice.getId()));
		assertThat(repliesCount(parent)).isEqualTo(1);
	}

	@Test
	void acceptsTheReplyIdAsAJsonNumber() {
		Account alice = this.users.register("alice");
		long parent = Long.parseLong(post(alice, "question?").get("id").asString());
		JsonNode reply = post(alice, params("status", "self answer", "in_reply_to_id", parent));
		assertThat(reply.get("in_reply_to_id").asString()).isEqualTo(Long.toString(parent));
	}

	@Test
	void doesNotCountPrivateReplies() {
		Account alice = this.users.register("alice");
		String parent = post(alice, "question?").get("id").asString();
		post(alice, params("status", "private note", "in_reply_to_id", parent, "visibility", "private"));
		assertThat(repliesCount(parent)).isZero();
	}

	@Test
	void refusesRepliesToStatusesThatDoNotExist() {
		Account alice = this.users.register("alice");
		for (String id : new String[] { "1", "not-a-number" }) {
			Response response = postJson("/api/v1/statuses", tokenFor(alice),
					params("status", "hello?", "in_reply_to_id", id));
			assertThat(response.status()).isEqualTo(404);
			assertThat(response.error()).isEqualTo(NOT_FOUND);
		}
		assertThat(ids(get("/api/v1/accounts/" + alice.getId() + "/statuses", tokenFor(alice)).body())).isEmpty();
	}

	@Test
	void refusesRepliesToStatusesThePosterMayNotSee() {
		Account alice = this.users.register("alice");
		Account bob = this.users.register("bob");
		String hidden = post(alice, params("status", "followers only", "visibility", "private")).get("id").asString();
		Response response = postJson("/api/v1/statuses", tokenFor(bob),
				params("status", "sneaky", "in_reply_to_id", hidden));
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.error()).isEqualTo(NOT_FOUND);
	}

	@Test
	void refusesRepliesToDeletedStatuses() {
		Account alice = this.users.register("alice");
		String parent = post(alice, "soon gone").get("id").asString();
		assertThat(delete("/api/v1/statuses/" + parent, tokenFor(alice)).status()).isEqualTo(200);
		Response response = postJson("/api/v1/statuses", tokenFor(alice),
				params("status", "late", "in_reply_to_id", parent));
		assertThat(response.status()).isEqualTo(404);
	}

	@Test
	void uncountsADeletedReply() {
		Account alice = this.users.register("alice");
		Account bob = this.users.register("bob");
		String parent = post(alice, "question?").get("id").asString();
		String reply = post(bob, params("status", "answer", "in_reply_to_id", parent)).get("id").asString();
		assertThat(repliesCount(parent)).isEqualTo(1);
		assertThat(delete("/api/v1/statuses/" + reply, tokenFor(bob)).status()).isEqualTo(200);
		assertThat(repliesCount(parent)).isZero();
	}

	@Test
	void showsTheThreadAroundAStatus() {
		Account alice = this.users.register("alice");
		Account bob = this.users.register("bob");
		Account carol = this.users.register("carol");
		String root = post(alice, "root").get("id").asString();
		String middle = post(bob, params("status", "middle", "in_reply_to_id", root)).get("id").asString();
		String leaf = post(alice, params("status", "leaf", "in_reply_to_id", middle)).get("id").asString();
		String hidden = post(alice, params("status", "private leaf", "in_reply_to_id", middle, "visibility", "private"))
			.get("id")
			.asString();
		String sibling = post(carol, params("status", "sibling", "in_reply_to_id", root)).get("id").asString();

		Response context = get("/api/v1/statuses/" + middle + "/context", tokenFor(carol));
		assertThat(context.status()).isEqualTo(200);
		assertThat(ids(context.body().get("ancestors"))).containsExactly(root);
		assertThat(ids(context.body().get("descendants"))).containsExactly(leaf);

		Response fromRoot = get("/api/v1/statuses/" + root + "/context", tokenFor(alice));
		assertThat(ids(fromRoot.body().get("ancestors"))).isEmpty();
		assertThat(ids(fromRoot.body().get("descendants"))).containsExactly(middle, leaf, hidden, sibling);

		assertThat(get("/api/v1/statuses/" + hidden + "/context", tokenFor(carol)).status()).isEqualTo(404);
		assertThat(get("/api/v1/statuses/nope/context", null).status()).isEqualTo(404);
	}

	private long repliesCount(String id) {
		Response response = get("/api/v1/statuses/" + id, null);
		assertThat(response.status()).isEqualTo(200);
		return response.body().get("replies_count").asLong();
	}

}
