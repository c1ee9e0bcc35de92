package social.murmur.interactions.favourite.web;

import org.junit.jupiter.api.Test;
import social.murmur.contracts.Topics;
import social.murmur.contracts.events.v1.StatusFavourited;
import social.murmur.contracts.events.v1.StatusUnfavourited;
import social.murmur.contracts.posts.v1.Status;
import social.murmur.contracts.posts.v1.Visibility;
import social.murmur.contracts.users.v1.Account;
import social.murmur.interactions.support.IntegrationTestSupport;
import social.murmur.testsupport.ServiceResponse;
import social.murmur.testsupport.TestIdentities;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/v1/statuses/:id/favourite} and {@code /unfavourite} as a Mastodon
 * client sees them, and what they leave in the database and on Kafka.
 */
class FavouriteApiIT extends IntegrationTestSupport {

	@Test
	void favouriteAndUnfavouriteRoundTripWithCounts() {
		Account author = newAccount();
		Account alice = newAccount();
		Account bob = newAccount();
		Status status = this.posts.write(newId(), author, Visibility.VISIBILITY_PUBLIC);

		ServiceResponse liked = post(favourite(status), TestIdentities.forAccount(alice.getId()));
		assertThat(liked.status()).isEqualTo(200);
		JsonNode body = liked.body();
		assertThat(body.get("id").asString()).isEqualTo(Long.toString(status.getId()));
		assertThat(body.get("content").asString()).isEqualTo(status.getContent());
		assertThat(body.get("account").get("id").asString()).isEqualTo(Long.toString(author.getId()));
		assertThat(body.get("url").asString())
			.isEqualTo(PUBLIC_URL + "/@" + author.getUsername() + "/" + status.getId());
		assertThat(body.get("favourited").asBoolean()).isTrue();
		assertThat(body.get("reblogged").asBoolean()).isFalse();
		assertThat(body.get("bookmarked").asBoolean()).isFalse();
		assertThat(body.get("favourites_count").asLong()).isEqualTo(1);

		ServiceResponse likedByBob = post(favourite(status), TestIdentities.forAccount(bob.getId()));
		assertThat(likedByBob.body().get("favourites_count").asLong()).isEqualTo(2);
		assertThat(storedCount(status.getId())).isEqualTo(2);

		ServiceResponse unliked = post(unfavourite(status), TestIdentities.forAccount(alice.getId()));
		assertThat(unliked.status()).isEqualTo(200);
		assertThat(unliked.body().get("favourited").asBoolean()).isFalse();
		assertThat(unliked.body().get("favourites_count").asLong()).isEqualTo(1);
		assertThat(favouriteRows(status.getId())).isEqualTo(1);
		assertThat(storedCount(status.getId())).isEqualTo(1);

		long aliceId = alice.getId();
		assertThat(readTopic(Topics.STATUS_UNFAVOURITED, StatusUnfavourited::parseFrom,
				(event) -> event.getStatusId() == status.getId(), (event) -> event.getStatusId() == status.getId()))
			.singleElement()
			.satisfies((event) -> {
				assertThat(event.getAccountId()).isEqualTo(aliceId);
				assertThat(event.getStatusAuthorId()).isEqualTo(author.getId());
				assertThat(event.getEventId()).isPositive();
			});
	}

	@Test
	void favouritingTwiceStoresOneRowAndPublishesOneEvent() {
		Account author = newAccount();
		Account fan = newAccount();
		Status status = this.posts.write(newId(), author, Visibility.VISIBILITY_PUBLIC);
		Status witness = this.posts.write(newId(), author, Visibility.VISIBILITY_PUBLIC);
		String token = TestIdentities.forAccount(fan.getId());

		ServiceResponse first = post(favourite(status), token);
		ServiceResponse second = post(favourite(status), token);
		// Same key (the fan), same partition, relayed in order: once the witness's event
		// is
		// on the topic, any second event for the status would be too.
		post(favourite(witness), token);

		assertThat(first.status()).isEqualTo(200);
		assertThat(second.status()).isEqualTo(200);
		assertThat(second.body().get("favourited").asBoolean()).isTrue();
		assertThat(second.body().get("favourites_count").asLong()).isEqualTo(1);
		assertThat(favouriteRows(status.getId())).isEqualTo(1);
		assertThat(storedCount(status.getId())).isEqualTo(1);
		assertThat(readTopic(Topics.STATUS_FAVOURITED, StatusFavourited::parseFrom,
				(event) -> event.getStatusId() == status.getId(), (event) -> event.getStatusId() == witness.getId()))
			.singleElement()
			.satisfies((event) -> {
				assertThat(event.getAccountId()).isEqualTo(fan.getId());
				assertThat(event.getStatusAuthorId()).isEqualTo(author.getId());
			});
	}

	@Test
	void unfavouritingWhatWasNotFavouritedChangesNothing() {
		Account author = newAccount();
		Account other = newAccount();
		Status status = this.posts.write(newId(), author, Visibility.VISIBILITY_PUBLIC);
		post(favourite(status), TestIdentities.forAccount(other.getId()));

		ServiceResponse response = post(unfavourite(status), TestIdentities.forAccount(newAccount().getId()));

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body().get("favourited").asBoolean()).isFalse();
		assertThat(response.body().get("favourites_count").asLong()).isEqualTo(1);
		assertThat(favouriteRows(status.getId())).isEqualTo(1);
		assertThat(storedCount(status.getId())).isEqualTo(1);
	}

	@Test
	void countIsInteractionsOwnNotPosts() {
		Status status = this.posts.write(newId(), newAccount(), Visibility.VISIBILITY_UNLISTED);

		ServiceResponse response = post(unfavourite(status), TestIdentities.forAccount(newAccount().getId()));

		assertThat(response.body().get("favourites_count").asLong()).isZero();
	}

	@Test
	void privateStatusCanBeLikedByTheAuthorFollowersAndMentionedOnly() {
		Account author = newAccount();
		Account follower = newAccount();
		Account mentioned = newAccount();
		Account stranger = newAccount();
		this.followGraph.follow(follower.getId(), author.getId());
		Status status = this.posts.write(newId(), author, Visibility.VISIBILITY_PRIVATE, mentioned);

		assertNotFound(post(favourite(status), TestIdentities.forAccount(stranger.getId())));
		assertNotFound(post(unfavourite(status), TestIdentities.forAccount(stranger.getId())));
		assertThat(favouriteRows(status.getId())).isZero();

		assertThat(post(favourite(status), TestIdentities.forAccount(follower.getId())).status()).isEqualTo(200);
		assertThat(post(favourite(status), TestIdentities.forAccount(mentioned.getId())).status()).isEqualTo(200);
		assertThat(post(favourite(status), TestIdentities.forAccount(author.getId())).status()).isEqualTo(200);
		assertThat(favouriteRows(status.getId())).isEqualTo(3);
	}

	@Test
	void unfollowingHidesAPrivateStatusAtOnce() {
		Account author = newAccount();
		Account follower = newAccount();
		this.followGraph.follow(follower.getId(), author.getId());
		Status status = this.posts.write(newId(), author, Visibility.VISIBILITY_PRIVATE);
		String token = TestIdentities.forAccount(follower.getId());
		post(favourite(status), token);

		this.followGraph.unfollow(follower.getId(), author.getId());

		assertNotFound(post(unfavourite(status), token));
		assertThat(favouriteRows(status.getId())).isEqualTo(1);
	}

	@Test
	void directStatusCanBeLikedByTheAuthorAndMentionedOnly() {
		Account author = newAccount();
		Account recipient = newAccount();
		Account follower = newAccount();
		this.followGraph.follow(follower.getId(), author.getId());
		Status status = this.posts.write(newId(), author, Visibility.VISIBILITY_DIRECT, recipient);

		assertNotFound(post(favourite(status), TestIdentities.forAccount(follower.getId())));
		assertThat(post(favourite(status), TestIdentities.forAccount(recipient.getId())).status()).isEqualTo(200);
		assertThat(post(favourite(status), TestIdentities.forAccount(author.getId())).status()).isEqualTo(200);
		assertThat(favouriteRows(status.getId())).isEqualTo(2);
	}

	@Test
	void unknownMalformedAndDeletedStatusesAreNotFoundAndNothingIsStored() {
		String token = TestIdentities.forAccount(newAccount().getId());
		Status deleted = this.posts.write(newId(), newAccount(), Visibility.VISIBILITY_PUBLIC);
		this.posts.delete(deleted.getId());
		long unknown = newId();

		for (String action : new String[] { "favourite", "unfavourite" }) {
			assertNotFound(post("/api/v1/statuses/" + unknown + "/" + action, token));
			assertNotFound(post("/api/v1/statuses/" + deleted.getId() + "/" + action, token));
			assertNotFound(post("/api/v1/statuses/abc/" + action, token));
			assertNotFound(post("/api/v1/statuses/99999999999999999999/" + action, token));
			assertNotFound(post("/api/v1/statuses/-1/" + action, token));
		}
		assertThat(favouriteRows(unknown)).isZero();
		assertThat(favouriteRows(deleted.getId())).isZero();
		assertThat(storedCount(deleted.getId())).isZero();
	}

	@Test
	void missingOrForgedIdentityIsUnauthorizedAndChangesNothing() {
		Account me = newAccount();
		Status status = this.posts.write(newId(), newAccount(), Visibility.VISIBILITY_PUBLIC);

		for (String identity : new String[] { null, TestIdentities.forged(me.getId()) }) {
			ServiceResponse response = post(favourite(status), identity);
			assertThat(response.status()).isEqualTo(401);
			assertThat(response.error()).isEqualTo("The access token is invalid");
			assertThat(post(unfavourite(status), identity).status()).isEqualTo(401);
		}
		assertThat(favouriteRows(status.getId())).isZero();
	}

	@Test
	void needsTheWriteFavouritesScopeAndAnAccount() {
		Account me = newAccount();
		Status status = this.posts.write(newId(), newAccount(), Visibility.VISIBILITY_PUBLIC);

		ServiceResponse readOnly = post(favourite(status), TestIdentities.forAccount(me.getId(), "read"));
		assertThat(readOnly.status()).isEqualTo(403);
		assertThat(readOnly.error()).isEqualTo("This action is outside the authorized scopes");
		assertThat(post(unfavourite(status), TestIdentities.forAccount(me.getId(), "write:statuses")).status())
			.isEqualTo(403);
		ServiceResponse app = post(favourite(status), TestIdentities.forApplication(newId()));
		assertThat(app.status()).isEqualTo(403);
		assertThat(favouriteRows(status.getId())).isZero();

		assertThat(post(favourite(status), TestIdentities.forAccount(me.getId(), "write:favourites")).status())
			.isEqualTo(200);
	}

	@Test
	void favouritingWhilePostsIsDownIsServiceUnavailableAndStoresNothing() {
		Status status = this.posts.write(newId(), newAccount(), Visibility.VISIBILITY_PUBLIC);
		this.posts.setUnavailable(true);
		try {
			ServiceResponse response = post(favourite(status), TestIdentities.forAccount(newAccount().getId()));

			assertThat(response.status()).isEqualTo(503);
			assertThat(response.error()).isNotBlank();
		}
		finally {
			this.posts.setUnavailable(false);
		}
		assertThat(favouriteRows(status.getId())).isZero();
	}

	private static String favourite(Status status) {
		return "/api/v1/statuses/" + status.getId() + "/favourite";
	}

	private static String unfavourite(Status status) {
		return "/api/v1/statuses/" + status.getId() + "/unfavourite";
	}

	static void assertNotFound(ServiceResponse response) {
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.error()).isEqualTo("Record not found");
	}

}
