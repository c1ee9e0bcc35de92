package social.murmur.interactions.favourite.grpc;

import java.util.ArrayList;
import java.util.List;

import io.grpc.Status.Code;
import io.grpc.StatusRuntimeException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import social.murmur.contracts.interactions.v1.GetFavouritedRequest;
import social.murmur.contracts.posts.v1.Status;
import social.murmur.contracts.posts.v1.Visibility;
import social.murmur.contracts.users.v1.Account;
import social.murmur.interactions.cache.FavouritedCache;
import social.murmur.interactions.support.IntegrationTestSupport;
import social.murmur.testsupport.TestIdentities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** {@code Favourites.GetFavourited}, called as feed or posts call it. */
class GetFavouritedIT extends IntegrationTestSupport {

	@Autowired
	private FavouritedCache cache;

	@Test
	void answersWhichStatusesOfAPageTheViewerLikedInTheOrderAsked() {
		Account viewer = newAccount();
		List<Status> statuses = statuses(4);
		like(viewer, statuses.get(1));
		like(viewer, statuses.get(3));
		like(newAccount(), statuses.get(0));

		List<Long> favourited = getFavourited(viewer.getId(), ids(statuses).reversed());

		assertThat(favourited).containsExactly(statuses.get(3).getId(), statuses.get(1).getId());
	}

	@Test
	void fillsTheViewersSetOnAMissAndThenAnswersFromRedis() {
		Account viewer = newAccount();
		List<Status> statuses = statuses(3);
		like(viewer, statuses.get(0));
		like(viewer, statuses.get(2));
		this.redis.delete(FavouritedCache.setKey(viewer.getId()));

		assertThat(getFavourited(viewer.getId(), ids(statuses))).containsExactly(statuses.get(0).getId(),
				statuses.get(2).getId());
		assertThat(this.redis.opsForSet().members(FavouritedCache.setKey(viewer.getId()))).containsExactlyInAnyOrder(
				"0", Long.toString(statuses.get(0).getId()), Long.toString(statuses.get(2).getId()));
		assertThat(this.redis.getExpire(FavouritedCache.setKey(viewer.getId()))).isPositive();

		// Proof that the steady state reads Redis: rows removed behind the service's back
		// are still answered from the cached set.
		this.jdbc.sql("delete from favourites where account_id = :id").param("id", viewer.getId()).update();
		assertThat(getFavourited(viewer.getId(), ids(statuses))).containsExactly(statuses.get(0).getId(),
				statuses.get(2).getId());
	}

	@Test
	void favouriteAndUnfavouriteKeepTheCachedSetTrue() {
		Account viewer = newAccount();
		List<Status> statuses = statuses(3);
		assertThat(getFavourited(viewer.getId(), ids(statuses))).isEmpty();
		assertThat(this.redis.opsForSet().members(FavouritedCache.setKey(viewer.getId()))).containsExactly("0");

		like(viewer, statuses.get(0));
		like(viewer, statuses.get(1));
		assertThat(getFavourited(viewer.getId(), ids(statuses))).containsExactly(statuses.get(0).getId(),
				statuses.get(1).getId());

		post("/api/v1/statuses/" + statuses.get(0).getId() + "/unfavourite", TestIdentities.forAccount(viewer.getId()));
		assertThat(getFavourited(viewer.getId(), ids(statuses))).containsExactly(statuses.get(1).getId());
	}

	@Test
	void aFillThatReadTheDatabaseBeforeALikeDoesNotOverwriteIt() {
		Account viewer = newAccount();
		Status status = statuses(1).getFirst();
		FavouritedCache.Lookup miss = this.cache.lookup(viewer.getId(), List.of(status.getId()));
		assertThat(miss).isInstanceOf(FavouritedCache.Lookup.Miss.class);

		like(viewer, status);
		boolean written = this.cache.fill(viewer.getId(), ((FavouritedCache.Lookup.Miss) miss).version(), List.of());

		assertThat(written).isFalse();
		assertThat(getFavourited(viewer.getId(), List.of(status.getId()))).containsExactly(status.getId());
	}

	@Test
	void viewerWithMoreLikesThanAreCachedIsAnsweredFromPostgres() {
		// The test context caches at most 10 000 likes a viewer; this viewer has 10 001
		// rows.
		Account viewer = newAccount();
		Status liked = statuses(1).getFirst();
		like(viewer, liked);
		this.jdbc.sql("""
				insert into favourites (id, account_id, status_id, status_author_id)
				select -g, :viewer, -g, 1 from generate_series(1, 10000) as g
				""").param("viewer", viewer.getId()).update();
		this.redis.delete(FavouritedCache.setKey(viewer.getId()));

		assertThat(getFavourited(viewer.getId(), List.of(liked.getId(), newId()))).containsExactly(liked.getId());
		assertThat(this.redis.hasKey(FavouritedCache.setKey(viewer.getId()))).isFalse();
	}

	@Test
	void noViewerOrNoStatusesGetAnEmptyAnswer() {
		Status status = statuses(1).getFirst();
		like(newAccount(), status);

		assertThat(getFavourited(0, List.of(status.getId()))).isEmpty();
		// 0 is the cached sets' sentinel, never a status.
		Account viewer = newAccount();
		like(viewer, status);
		assertThat(getFavourited(viewer.getId(), List.of(status.getId()))).containsExactly(status.getId());
		assertThat(getFavourited(viewer.getId(), List.of(0L, status.getId(), 0L))).containsExactly(status.getId());
		assertThat(getFavourited(newAccount().getId(), List.of())).isEmpty();
	}

	@Test
	void refusesTooManyIdsAndANegativeViewer() {
		List<Long> tooMany = new ArrayList<>();
		for (long i = 1; i <= 801; i++) {
			tooMany.add(i);
		}

		assertThatExceptionOfType(StatusRuntimeException.class)
			.isThrownBy(() -> getFavourited(newAccount().getId(), tooMany))
			.satisfies((ex) -> assertThat(ex.getStatus().getCode()).isEqualTo(Code.INVALID_ARGUMENT));
		assertThatExceptionOfType(StatusRuntimeException.class).isThrownBy(() -> getFavourited(-1, List.of(1L)))
			.satisfies((ex) -> assertThat(ex.getStatus().getCode()).isEqualTo(Code.INVALID_ARGUMENT));
	}

	private List<Long> getFavourited(long viewerId, List<Long> statusIds) {
		return favouritesGrpc()
			.getFavourited(GetFavouritedRequest.newBuilder().setViewerId(viewerId).addAllStatusIds(statusIds).build())
			.getIdsList();
	}

	private List<Status> statuses(int count) {
		List<Status> statuses = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			statuses.add(this.posts.write(newId(), newAccount(), Visibility.VISIBILITY_PUBLIC));
		}
		return statuses;
	}

	private void like(Account account, Status status) {
		assertThat(post("/api/v1/statuses/" + status.getId() + "/favourite", TestIdentities.forAccount(account.getId()))
			.status()).isEqualTo(200);
	}

	private static List<Long> ids(List<Status> statuses) {
		return statuses.stream().map(Status::getId).toList();
	}

}
