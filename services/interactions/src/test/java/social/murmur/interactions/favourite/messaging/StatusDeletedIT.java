package social.murmur.interactions.favourite.messaging;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import social.murmur.contracts.Topics;
import social.murmur.contracts.events.v1.StatusDeleted;
import social.murmur.contracts.interactions.v1.FavouriteState;
import social.murmur.contracts.interactions.v1.GetFavouriteStatesRequest;
import social.murmur.contracts.posts.v1.Status;
import social.murmur.contracts.posts.v1.Visibility;
import social.murmur.contracts.users.v1.Account;
import social.murmur.interactions.cache.FavouriteCountsCache;
import social.murmur.interactions.cache.FavouritedCache;
import social.murmur.interactions.favourite.Favourites;
import social.murmur.interactions.support.IntegrationTestSupport;
import social.murmur.testsupport.ServiceResponse;
import social.murmur.testsupport.TestIdentities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** {@code StatusDeleted} from the real topic takes a status's likes with it. */
class StatusDeletedIT extends IntegrationTestSupport {

	@Autowired
	private Favourites favourites;

	@Test
	void deletedStatusLosesItsLikesCountAndCachedEntries() {
		Account author = newAccount();
		Account fan = newAccount();
		Status doomed = this.posts.write(newId(), author, Visibility.VISIBILITY_PUBLIC);
		Status kept = this.posts.write(newId(), author, Visibility.VISIBILITY_PUBLIC);
		like(fan, doomed);
		like(newAccount(), doomed);
		like(fan, kept);
		assertThat(getFavouriteStates(fan.getId(), List.of(doomed.getId(), kept.getId())))
			.extracting(FavouriteState::getFavourited)
			.containsExactly(true, true);
		assertThat(this.redis.opsForValue().get(FavouriteCountsCache.key(doomed.getId()))).isEqualTo("2:2");

		publish(Topics.STATUS_DELETED, author.getId(), deleted(newId(), doomed, author));

		await().atMost(PATIENCE).untilAsserted(() -> assertThat(favouriteRows(doomed.getId())).isZero());
		assertThat(storedCount(doomed.getId())).isZero();
		assertThat(favouriteRows(kept.getId())).isEqualTo(1);
		// The cached sets are updated right after the commit that removed the rows.
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(
					this.redis.opsForSet().isMember(FavouritedCache.setKey(fan.getId()), Long.toString(doomed.getId())))
				.isFalse());
		assertThat(this.redis.opsForSet().isMember(FavouritedCache.setKey(fan.getId()), "0")).isTrue();
		// The cached count drops to 0 above the deleted row's last revision, so no fill
		// that read the row before the deletion can bring the old count back.
		assertThat(this.redis.opsForValue().get(FavouriteCountsCache.key(doomed.getId()))).isEqualTo("3:0");
		assertThat(getFavouriteStates(fan.getId(), List.of(doomed.getId(), kept.getId()))).containsExactly(
				FavouriteState.newBuilder().setStatusId(doomed.getId()).build(),
				FavouriteState.newBuilder()
					.setStatusId(kept.getId())
					.setFavouritesCount(1)
					.setFavourited(true)
					.build());
	}

	@Test
	void likingAStatusWhoseDeletionWasAppliedIsNotFoundEvenWhilePostsStillShowsIt() {
		Account author = newAccount();
		Status status = this.posts.write(newId(), author, Visibility.VISIBILITY_PUBLIC);
		publish(Topics.STATUS_DELETED, author.getId(), deleted(newId(), status, author));
		await().atMost(PATIENCE)
			.until(() -> this.jdbc.sql("select count(*) from deleted_statuses where status_id = :id")
				.param("id", status.getId())
				.query(Long.class)
				.single() == 1);

		ServiceResponse response = post("/api/v1/statuses/" + status.getId() + "/favourite",
				TestIdentities.forAccount(newAccount().getId()));

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.error()).isEqualTo("Record not found");
		assertThat(post("/api/v1/statuses/" + status.getId() + "/unfavourite",
				TestIdentities.forAccount(newAccount().getId()))
			.status()).isEqualTo(404);
		assertThat(favouriteRows(status.getId())).isZero();
		assertThat(storedCount(status.getId())).isZero();
	}

	@Test
	void redeliveredEventChangesNothing() {
		Account author = newAccount();
		Status status = this.posts.write(newId(), author, Visibility.VISIBILITY_PUBLIC);
		like(newAccount(), status);
		StatusDeleted event = deleted(newId(), status, author);
		publish(Topics.STATUS_DELETED, author.getId(), event);
		await().atMost(PATIENCE).untilAsserted(() -> assertThat(favouriteRows(status.getId())).isZero());
		// A row that appeared after the deletion was applied (written here directly)
		// shows
		// whether the redelivery is applied again.
		long lateFan = newId();
		this.favourites.add(lateFan, status.getId(), author.getId());

		publish(Topics.STATUS_DELETED, author.getId(), event);
		Status witness = this.posts.write(newId(), author, Visibility.VISIBILITY_PUBLIC);
		like(newAccount(), witness);
		publish(Topics.STATUS_DELETED, author.getId(), deleted(newId(), witness, author));
		await().atMost(PATIENCE).untilAsserted(() -> assertThat(favouriteRows(witness.getId())).isZero());

		assertThat(favouriteRows(status.getId())).isEqualTo(1);
		assertThat(this.jdbc.sql("select count(*) from processed_events where event_id = :id")
			.param("id", event.getEventId())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	private void like(Account account, Status status) {
		assertThat(post("/api/v1/statuses/" + status.getId() + "/favourite", TestIdentities.forAccount(account.getId()))
			.status()).isEqualTo(200);
	}

	private List<FavouriteState> getFavouriteStates(long viewerId, List<Long> statusIds) {
		return favouritesGrpc()
			.getFavouriteStates(
					GetFavouriteStatesRequest.newBuilder().setViewerId(viewerId).addAllStatusIds(statusIds).build())
			.getStatesList();
	}

	private static StatusDeleted deleted(long eventId, Status status, Account author) {
		return StatusDeleted.newBuilder()
			.setEventId(eventId)
			.setOccurredAt(System.currentTimeMillis())
			.setStatusId(status.getId())
			.setAuthorId(author.getId())
			.build();
	}

}
