package social.murmur.interactions.favourite.web;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import social.murmur.contracts.posts.v1.Status;
import social.murmur.contracts.posts.v1.Visibility;
import social.murmur.contracts.users.v1.Account;
import social.murmur.interactions.support.IntegrationTestSupport;
import social.murmur.testsupport.ServiceResponse;
import social.murmur.testsupport.TestIdentities;

import static org.assertj.core.api.Assertions.assertThat;
import static social.murmur.interactions.favourite.web.FavouriteApiIT.assertNotFound;

/**
 * {@code GET /api/v1/statuses/:id/favourited_by} and {@code GET /api/v1/favourites}:
 * newest like first, paged over the like ids with {@code Link} headers.
 */
class FavouriteListsIT extends IntegrationTestSupport {

	@Test
	void favouritedByListsAccountsNewestFirstAndPagesThroughLinks() {
		Status status = this.posts.write(newId(), newAccount(), Visibility.VISIBILITY_PUBLIC);
		List<String> likers = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			Account fan = newAccount();
			post("/api/v1/statuses/" + status.getId() + "/favourite", TestIdentities.forAccount(fan.getId()));
			likers.addFirst(Long.toString(fan.getId()));
		}
		String path = "/api/v1/statuses/" + status.getId() + "/favourited_by";
		String token = TestIdentities.forAccount(newAccount().getId());

		ServiceResponse all = get(path, token);
		assertThat(all.status()).isEqualTo(200);
		assertThat(all.ids()).isEqualTo(likers);
		assertThat(all.body().get(0).get("username").asString()).isEqualTo("user" + likers.getFirst());

		ServiceResponse first = get(path + "?limit=2", token);
		assertThat(first.ids()).containsExactly(likers.get(0), likers.get(1));
		assertThat(first.link("next")).startsWith(PUBLIC_URL + path + "?").contains("limit=2").contains("max_id=");
		assertThat(first.link("prev")).contains("min_id=");
		ServiceResponse second = get(first.link("next"), token);
		assertThat(second.ids()).containsExactly(likers.get(2), likers.get(3));
		ServiceResponse third = get(second.link("next"), token);
		assertThat(third.ids()).containsExactly(likers.get(4));
		ServiceResponse beyond = get(third.link("next"), token);
		assertThat(beyond.body().size()).isZero();
		assertThat(beyond.headers().firstValue("Link")).isEmpty();
		assertThat(get(third.link("prev"), token).ids()).containsExactly(likers.get(2), likers.get(3));
		assertThat(get(second.link("prev"), token).ids()).containsExactly(likers.get(0), likers.get(1));
	}

	@Test
	void favouritedByOfAPublicStatusNeedsNoTokenButOfAPrivateOneNeedsAFollower() {
		Account author = newAccount();
		Account follower = newAccount();
		this.followGraph.follow(follower.getId(), author.getId());
		Status open = this.posts.write(newId(), author, Visibility.VISIBILITY_PUBLIC);
		Status closed = this.posts.write(newId(), author, Visibility.VISIBILITY_PRIVATE);
		post("/api/v1/statuses/" + open.getId() + "/favourite", TestIdentities.forAccount(follower.getId()));
		post("/api/v1/statuses/" + closed.getId() + "/favourite", TestIdentities.forAccount(follower.getId()));

		assertThat(get("/api/v1/statuses/" + open.getId() + "/favourited_by", null).ids())
			.containsExactly(Long.toString(follower.getId()));
		assertNotFound(get("/api/v1/statuses/" + closed.getId() + "/favourited_by", null));
		assertNotFound(get("/api/v1/statuses/" + closed.getId() + "/favourited_by",
				TestIdentities.forAccount(newAccount().getId())));
		assertThat(get("/api/v1/statuses/" + closed.getId() + "/favourited_by",
				TestIdentities.forAccount(follower.getId()))
			.ids()).containsExactly(Long.toString(follower.getId()));
		assertThat(get("/api/v1/statuses/" + open.getId() + "/favourited_by",
				TestIdentities.forAccount(follower.getId(), "write"))
			.status()).isEqualTo(403);
		assertThat(get("/api/v1/statuses/" + open.getId() + "/favourited_by", TestIdentities.forged(follower.getId()))
			.status()).isEqualTo(401);
	}

	@Test
	void favouritedByOfUnknownMalformedOrDeletedStatusIsNotFound() {
		Status deleted = this.posts.write(newId(), newAccount(), Visibility.VISIBILITY_PUBLIC);
		this.posts.delete(deleted.getId());

		assertNotFound(get("/api/v1/statuses/" + newId() + "/favourited_by", null));
		assertNotFound(get("/api/v1/statuses/" + deleted.getId() + "/favourited_by", null));
		assertNotFound(get("/api/v1/statuses/x1/favourited_by", null));
	}

	@Test
	void favouritedByLeavesOutAccountsUsersNoLongerKnowsButKeepsPaging() {
		Status status = this.posts.write(newId(), newAccount(), Visibility.VISIBILITY_PUBLIC);
		Account gone = newAccount();
		Account kept = newAccount();
		post("/api/v1/statuses/" + status.getId() + "/favourite", TestIdentities.forAccount(kept.getId()));
		post("/api/v1/statuses/" + status.getId() + "/favourite", TestIdentities.forAccount(gone.getId()));
		this.accounts.forget(gone.getId());

		ServiceResponse response = get("/api/v1/statuses/" + status.getId() + "/favourited_by?limit=1", null);

		assertThat(response.body().size()).isZero();
		assertThat(response.link("next")).isNotNull();
		assertThat(get(response.link("next"), null).ids()).containsExactly(Long.toString(kept.getId()));
	}

	@Test
	void favouritedByLimitDefaultsToFortyAndIsClampedToEighty() {
		Status status = this.posts.write(newId(), newAccount(), Visibility.VISIBILITY_PUBLIC);
		for (int i = 0; i < 81; i++) {
			post("/api/v1/statuses/" + status.getId() + "/favourite", TestIdentities.forAccount(newAccount().getId()));
		}
		String path = "/api/v1/statuses/" + status.getId() + "/favourited_by";

		assertThat(get(path, null).body().size()).isEqualTo(40);
		assertThat(get(path + "?limit=500", null).body().size()).isEqualTo(80);
		assertThat(get(path + "?max_id=abc", null).status()).isEqualTo(400);
	}

	@Test
	void favouritesListsLikedStatusesNewestLikeFirstAndPagesThroughLinks() {
		Account me = newAccount();
		String token = TestIdentities.forAccount(me.getId());
		List<Status> statuses = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			statuses.add(this.posts.write(newId(), newAccount(), Visibility.VISIBILITY_PUBLIC));
		}
		// Liked in another order than written: the list follows the likes.
		List<String> newestLikeFirst = new ArrayList<>();
		for (int i : new int[] { 3, 0, 4, 1, 2 }) {
			post("/api/v1/statuses/" + statuses.get(i).getId() + "/favourite", token);
			newestLikeFirst.addFirst(Long.toString(statuses.get(i).getId()));
		}
		post("/api/v1/statuses/" + statuses.get(0).getId() + "/favourite",
				TestIdentities.forAccount(newAccount().getId()));

		ServiceResponse all = get("/api/v1/favourites", token);
		assertThat(all.status()).isEqualTo(200);
		assertThat(all.ids()).isEqualTo(newestLikeFirst);
		all.body().valueStream().forEach((status) -> assertThat(status.get("favourited").asBoolean()).isTrue());
		String twiceLiked = Long.toString(statuses.get(0).getId());
		assertThat(all.body()
			.valueStream()
			.filter((status) -> status.get("id").asString().equals(twiceLiked))
			.findFirst()
			.orElseThrow()
			.get("favourites_count")
			.asLong()).isEqualTo(2);

		ServiceResponse first = get("/api/v1/favourites?limit=2", token);
		assertThat(first.ids()).isEqualTo(newestLikeFirst.subList(0, 2));
		assertThat(first.link("next")).startsWith(PUBLIC_URL + "/api/v1/favourites?");
		ServiceResponse second = get(first.link("next"), token);
		assertThat(second.ids()).isEqualTo(newestLikeFirst.subList(2, 4));
		ServiceResponse third = get(second.link("next"), token);
		assertThat(third.ids()).isEqualTo(newestLikeFirst.subList(4, 5));
		assertThat(get(third.link("next"), token).body().size()).isZero();
		assertThat(get(third.link("prev"), token).ids()).isEqualTo(newestLikeFirst.subList(2, 4));

		post("/api/v1/statuses/" + newestLikeFirst.getFirst() + "/unfavourite", token);
		assertThat(get("/api/v1/favourites", token).ids()).isEqualTo(newestLikeFirst.subList(1, 5));
	}

	@Test
	void favouritesLeaveOutStatusesPostsNoLongerKnows() {
		Account me = newAccount();
		String token = TestIdentities.forAccount(me.getId());
		Status kept = this.posts.write(newId(), newAccount(), Visibility.VISIBILITY_PUBLIC);
		Status gone = this.posts.write(newId(), newAccount(), Visibility.VISIBILITY_PUBLIC);
		post("/api/v1/statuses/" + kept.getId() + "/favourite", token);
		post("/api/v1/statuses/" + gone.getId() + "/favourite", token);
		this.posts.delete(gone.getId());

		ServiceResponse response = get("/api/v1/favourites", token);

		assertThat(response.ids()).containsExactly(Long.toString(kept.getId()));
		assertThat(response.link("next")).isNotNull();
	}

	@Test
	void aPageOfFavouritesTakesOneStatusesCallAndOneFollowCheck() {
		Account me = newAccount();
		String token = TestIdentities.forAccount(me.getId());
		for (int i = 0; i < 3; i++) {
			Account author = newAccount();
			this.followGraph.follow(me.getId(), author.getId());
			post("/api/v1/statuses/" + this.posts.write(newId(), author, Visibility.VISIBILITY_PRIVATE).getId()
					+ "/favourite", token);
			post("/api/v1/statuses/" + this.posts.write(newId(), author, Visibility.VISIBILITY_PUBLIC).getId()
					+ "/favourite", token);
		}
		int statusesCalls = this.posts.getStatusesCalls();
		int followChecks = this.followGraph.checkFollowsCalls();

		assertThat(get("/api/v1/favourites", token).body().size()).isEqualTo(6);

		assertThat(this.posts.getStatusesCalls()).isEqualTo(statusesCalls + 1);
		assertThat(this.followGraph.checkFollowsCalls()).isEqualTo(followChecks + 1);
	}

	@Test
	void favouritesLimitDefaultsToTwentyAndIsClampedToForty() {
		Account me = newAccount();
		String token = TestIdentities.forAccount(me.getId());
		for (int i = 0; i < 41; i++) {
			Status status = this.posts.write(newId(), newAccount(), Visibility.VISIBILITY_PUBLIC);
			post("/api/v1/statuses/" + status.getId() + "/favourite", token);
		}

		assertThat(get("/api/v1/favourites", token).body().size()).isEqualTo(20);
		assertThat(get("/api/v1/favourites?limit=100", token).body().size()).isEqualTo(40);
	}

	@Test
	void favouritesNeedAnAccountAndTheReadScope() {
		long me = newAccount().getId();

		assertThat(get("/api/v1/favourites", null).status()).isEqualTo(401);
		assertThat(get("/api/v1/favourites", TestIdentities.forged(me)).status()).isEqualTo(401);
		ServiceResponse writeOnly = get("/api/v1/favourites", TestIdentities.forAccount(me, "write"));
		assertThat(writeOnly.status()).isEqualTo(403);
		assertThat(writeOnly.error()).isNotBlank();
		ServiceResponse app = get("/api/v1/favourites", TestIdentities.forApplication(newId()));
		assertThat(app.status()).isEqualTo(422);
		assertThat(app.error()).isEqualTo("This method requires an authenticated user");
		assertThat(get("/api/v1/favourites", TestIdentities.forAccount(me, "read:favourites")).status()).isEqualTo(200);
		assertThat(get("/api/v1/favourites?since_id=1x", TestIdentities.forAccount(me)).status()).isEqualTo(400);
	}

	@Test
	void emptyFavouritesHaveNoLinkHeader() {
		ServiceResponse response = get("/api/v1/favourites", TestIdentities.forAccount(newAccount().getId()));

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body().size()).isZero();
		assertThat(response.headers().firstValue("Link")).isEmpty();
	}

}
