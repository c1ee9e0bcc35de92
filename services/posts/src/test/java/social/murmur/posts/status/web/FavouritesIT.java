package social.murmur.posts.status.web;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import io.grpc.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import social.murmur.contracts.interactions.v1.GetFavouriteStatesRequest;
import social.murmur.contracts.users.v1.Account;
import social.murmur.posts.support.PostsIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Like counts and the viewer's likes come from interactions, once per rendered page. */
class FavouritesIT extends PostsIntegrationTest {

	@AfterEach
	void interactionsAnswersAgain() {
		this.interactions.failWith(null);
	}

	@Test
	void aPageShowsCountsAndTheViewersLikesFromOneCall() {
		Account alice = this.users.register("alice");
		Account bob = this.users.register("bob");
		Account carol = this.users.register("carol");
		long first = id(post(alice, "first"));
		long second = id(post(alice, "second"));
		long third = id(post(alice, "third"));
		this.interactions.favourite(bob.getId(), first);
		this.interactions.favourite(carol.getId(), first);
		this.interactions.favourite(carol.getId(), third);
		int callsBefore = this.interactions.calls().size();

		Response page = get("/api/v1/accounts/" + alice.getId() + "/statuses", tokenFor(bob));

		assertThat(page.status()).isEqualTo(200);
		List<GetFavouriteStatesRequest> calls = this.interactions.calls();
		assertThat(calls).hasSize(callsBefore + 1);
		assertThat(calls.getLast().getViewerId()).isEqualTo(bob.getId());
		assertThat(calls.getLast().getStatusIdsList()).containsExactly(third, second, first);
		JsonNode statuses = page.body();
		assertThat(statuses.get(0).get("favourites_count").asLong()).isEqualTo(1);
		assertThat(statuses.get(0).get("favourited").asBoolean()).isFalse();
		assertThat(statuses.get(1).get("favourites_count").asLong()).isZero();
		assertThat(statuses.get(2).get("favourites_count").asLong()).isEqualTo(2);
		assertThat(statuses.get(2).get("favourited").asBoolean()).isTrue();
	}

	@Test
	void everyRenderingAsksOnceWithTheViewer() {
		Account alice = this.users.register("alice");
		Account bob = this.users.register("bob");
		String tag = "likes" + alice.getId();
		long parent = id(post(alice, "parent #" + tag));
		long reply = id(post(bob, params("status", "reply", "in_reply_to_id", Long.toString(parent))));
		long answer = id(post(alice, params("status", "answer", "in_reply_to_id", Long.toString(reply))));
		this.interactions.favourite(bob.getId(), parent);
		this.interactions.favourite(alice.getId(), answer);
		String asBob = tokenFor(bob);

		JsonNode shown = onePage(() -> get("/api/v1/statuses/" + parent, asBob), bob, parent);
		assertThat(shown.get("favourites_count").asLong()).isEqualTo(1);
		assertThat(shown.get("favourited").asBoolean()).isTrue();

		JsonNode many = onePage(() -> get("/api/v1/statuses?id[]=" + parent + "&id[]=" + answer, asBob), bob, parent,
				answer);
		assertThat(many.get(1).get("favourites_count").asLong()).isEqualTo(1);
		assertThat(many.get(1).get("favourited").asBoolean()).isFalse();

		JsonNode context = onePage(() -> get("/api/v1/statuses/" + reply + "/context", asBob), bob, parent, answer);
		assertThat(context.get("ancestors").get(0).get("favourited").asBoolean()).isTrue();
		assertThat(context.get("descendants").get(0).get("favourites_count").asLong()).isEqualTo(1);

		onePage(() -> get("/api/v1/timelines/tag/" + tag, asBob), bob, parent);
		int callsBefore = this.interactions.calls().size();
		get("/api/v1/timelines/public?limit=3", asBob);
		assertThat(this.interactions.calls()).hasSize(callsBefore + 1);
		assertThat(this.interactions.calls().getLast().getViewerId()).isEqualTo(bob.getId());
	}

	@Test
	void anonymousReadersSeeCountsButNoViewerFields() {
		Account alice = this.users.register("alice");
		Account bob = this.users.register("bob");
		long id = id(post(alice, "liked"));
		this.interactions.favourite(bob.getId(), id);

		JsonNode status = get("/api/v1/statuses/" + id, null).body();

		assertThat(status.get("favourites_count").asLong()).isEqualTo(1);
		assertThat(status.has("favourited")).isFalse();
		assertThat(this.interactions.calls().getLast().getViewerId()).isZero();
	}

	@Test
	void thePostAnswerAsksWithTheAuthor() {
		Account alice = this.users.register("alice");
		JsonNode posted = post(alice, "new");
		assertThat(posted.get("favourites_count").asLong()).isZero();
		assertThat(posted.get("favourited").asBoolean()).isFalse();
		assertThat(this.interactions.calls().getLast().getViewerId()).isEqualTo(alice.getId());
		assertThat(this.interactions.calls().getLast().getStatusIdsList()).containsExactly(id(posted));
	}

	@Test
	void readingWorksWithoutLikesWhileInteractionsIsDown() {
		Account alice = this.users.register("alice");
		Account bob = this.users.register("bob");
		long id = id(post(alice, "still readable"));
		this.interactions.favourite(bob.getId(), id);

		for (Status.Code code : List.of(Status.Code.UNAVAILABLE, Status.Code.DEADLINE_EXCEEDED)) {
			this.interactions.failWith(code);
			Response shown = get("/api/v1/statuses/" + id, tokenFor(bob));
			assertThat(shown.status()).as(code.name()).isEqualTo(200);
			assertThat(shown.body().get("favourites_count").asLong()).isZero();
			assertThat(shown.body().get("favourited").asBoolean()).isFalse();
			Response page = get("/api/v1/accounts/" + alice.getId() + "/statuses", tokenFor(bob));
			assertThat(page.status()).isEqualTo(200);
			assertThat(ids(page.body())).containsExactly(Long.toString(id));
		}
		assertThat(postJson("/api/v1/statuses", tokenFor(alice), params("status", "posting too")).status())
			.isEqualTo(200);

		this.interactions.failWith(null);
		assertThat(get("/api/v1/statuses/" + id, tokenFor(bob)).body().get("favourited").asBoolean()).isTrue();
	}

	/**
	 * Runs a request and checks that it made one GetFavouriteStates call about the ids.
	 */
	private JsonNode onePage(Supplier<Response> request, Account viewer, long... ids) {
		int callsBefore = this.interactions.calls().size();
		Response response = request.get();
		assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
		List<GetFavouriteStatesRequest> calls = this.interactions.calls();
		assertThat(calls).hasSize(callsBefore + 1);
		assertThat(calls.getLast().getViewerId()).isEqualTo(viewer.getId());
		assertThat(calls.getLast().getStatusIdsList()).containsExactly(Arrays.stream(ids).boxed().toArray(Long[]::new));
		return response.body();
	}

	private static long id(JsonNode status) {
		return Long.parseLong(status.get("id").asString());
	}

}
