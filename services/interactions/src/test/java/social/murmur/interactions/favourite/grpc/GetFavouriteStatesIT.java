package social.murmur.interactions.favourite.grpc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.grpc.Status.Code;
import io.grpc.StatusRuntimeException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.RedisCallback;
import social.murmur.contracts.interactions.v1.FavouriteState;
import social.murmur.contracts.interactions.v1.GetFavouriteStatesRequest;
import social.murmur.contracts.posts.v1.Status;
import social.murmur.contracts.posts.v1.Visibility;
import social.murmur.contracts.users.v1.Account;
import social.murmur.interactions.cache.FavouriteCountsCache;
import social.murmur.interactions.cache.FavouriteCountsCache.RevisedCount;
import social.murmur.interactions.cache.FavouriteStatesCache;
import social.murmur.interactions.cache.FavouritedCache;
import social.murmur.interactions.favourite.FavouriteCounts;
import social.murmur.interactions.support.IntegrationTestSupport;
import social.murmur.testsupport.TestIdentities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code Favourites.GetFavouriteStates}, called as feed, posts or notifications call it.
 */
class GetFavouriteStatesIT extends IntegrationTestSupport {

	@Autowired
	private FavouriteStatesCache statesCache;

	@Autowired
	private FavouritedCache favouritedCache;

	@Autowired
	private FavouriteCountsCache countsCache;

	@Autowired
	private FavouriteCounts counts;

	@Test
	void answersCountAndFavouritedForEachStatusInTheOrderAsked() {
		Account viewer = newAccount();
		List<Status> statuses = statuses(4);
		like(viewer, statuses.get(1));
		like(viewer, statuses.get(3));
		like(newAccount(), statuses.get(0));
		like(newAccount(), statuses.get(3));

		List<FavouriteState> states = getFavouriteStates(viewer.getId(), ids(statuses).reversed());

		assertThat(states).containsExactly(state(statuses.get(3), 2, true), state(statuses.get(2), 0, false),
				state(statuses.get(1), 1, true), state(statuses.get(0), 1, false));
	}

	@Test
	void countsFollowLikesAndUnlikesFromSeveralAccounts() {
		Status status = statuses(1).getFirst();
		List<Account> fans = List.of(newAccount(), newAccount(), newAccount());
		fans.forEach((fan) -> like(fan, status));
		assertThat(getFavouriteStates(0, List.of(status.getId()))).containsExactly(state(status, 3, false));

		unlike(fans.get(0), status);
		unlike(fans.get(0), status);
		like(fans.get(1), status);
		assertThat(getFavouriteStates(fans.get(0).getId(), List.of(status.getId())))
			.containsExactly(state(status, 2, false));
		assertThat(getFavouriteStates(fans.get(1).getId(), List.of(status.getId())))
			.containsExactly(state(status, 2, true));

		unlike(fans.get(1), status);
		unlike(fans.get(2), status);
		like(fans.get(0), status);
		assertThat(getFavouriteStates(fans.get(0).getId(), List.of(status.getId())))
			.containsExactly(state(status, 1, true));
		assertThat(storedCount(status.getId())).isEqualTo(1);
	}

	@Test
	void aStatusNeverLikedCountsZeroAndIsCachedAsSuch() {
		Status status = statuses(1).getFirst();
		long unknown = newId();

		assertThat(getFavouriteStates(newAccount().getId(), List.of(status.getId(), unknown)))
			.containsExactly(state(status.getId(), 0, false), state(unknown, 0, false));
		assertThat(this.redis.opsForValue().get(FavouriteCountsCache.key(status.getId()))).isEqualTo("0:0");
		assertThat(this.redis.getExpire(FavouriteCountsCache.key(status.getId()))).isPositive();

		// The first like is newer than "never liked".
		like(newAccount(), status);
		assertThat(getFavouriteStates(0, List.of(status.getId()))).containsExactly(state(status, 1, false));
	}

	@Test
	void fillsMissedCountsAndTheViewersSetThenAnswersFromRedisAlone() {
		Account viewer = newAccount();
		List<Status> statuses = statuses(3);
		like(viewer, statuses.get(0));
		like(viewer, statuses.get(2));
		like(newAccount(), statuses.get(2));
		this.redis.delete(FavouritedCache.setKey(viewer.getId()));
		statuses.forEach((status) -> this.redis.delete(FavouriteCountsCache.key(status.getId())));

		List<FavouriteState> expected = List.of(state(statuses.get(0), 1, true), state(statuses.get(1), 0, false),
				state(statuses.get(2), 2, true));
		assertThat(getFavouriteStates(viewer.getId(), ids(statuses))).isEqualTo(expected);
		assertThat(this.redis.opsForSet().members(FavouritedCache.setKey(viewer.getId()))).containsExactlyInAnyOrder(
				"0", Long.toString(statuses.get(0).getId()), Long.toString(statuses.get(2).getId()));
		assertThat(this.redis.getExpire(FavouritedCache.setKey(viewer.getId()))).isPositive();
		assertThat(this.redis.opsForValue().get(FavouriteCountsCache.key(statuses.get(2).getId()))).isEqualTo("2:2");
		assertThat(this.redis.getExpire(FavouriteCountsCache.key(statuses.get(2).getId()))).isPositive();

		// Proof that the steady state reads Redis only: rows removed behind the service's
		// back are still answered from the cache.
		this.jdbc.sql("delete from favourites where account_id = :id").param("id", viewer.getId()).update();
		this.jdbc.sql("delete from status_favourite_counts where status_id = any(:ids::bigint[])")
			.param("ids", ids(statuses).stream().mapToLong(Long::longValue).toArray())
			.update();
		assertThat(getFavouriteStates(viewer.getId(), ids(statuses))).isEqualTo(expected);
	}

	@Test
	void likesAndUnlikesKeepTheCacheTrue() {
		Account viewer = newAccount();
		List<Status> statuses = statuses(3);
		assertThat(getFavouriteStates(viewer.getId(), ids(statuses))).extracting(FavouriteState::getFavourited)
			.containsOnly(false);
		assertThat(this.redis.opsForSet().members(FavouritedCache.setKey(viewer.getId()))).containsExactly("0");

		like(viewer, statuses.get(0));
		like(viewer, statuses.get(1));
		like(newAccount(), statuses.get(1));
		assertThat(getFavouriteStates(viewer.getId(), ids(statuses))).containsExactly(state(statuses.get(0), 1, true),
				state(statuses.get(1), 2, true), state(statuses.get(2), 0, false));

		unlike(viewer, statuses.get(0));
		unlike(viewer, statuses.get(1));
		assertThat(getFavouriteStates(viewer.getId(), ids(statuses))).containsExactly(state(statuses.get(0), 0, false),
				state(statuses.get(1), 1, false), state(statuses.get(2), 0, false));
		assertThat(this.redis.opsForValue().get(FavouriteCountsCache.key(statuses.get(1).getId()))).isEqualTo("3:1");
	}

	@Test
	void aSlowerFillThatReadAnOlderCountDoesNotOverwriteTheCachedOne() {
		Status status = statuses(1).getFirst();
		like(newAccount(), status);
		this.redis.delete(FavouriteCountsCache.key(status.getId()));
		// A reader missed the cache and read the database (count 1, revision 1)...
		FavouriteCounts.Counted readBeforeTheLike = this.counts.counts(List.of(status.getId())).get(status.getId());
		assertThat(readBeforeTheLike).isEqualTo(new FavouriteCounts.Counted(1, 1));

		// ...then a like committed and cached its count (2, revision 2)...
		like(newAccount(), status);
		// ...and only then does the reader's fill reach Redis.
		this.countsCache
			.fill(Map.of(status.getId(), new RevisedCount(readBeforeTheLike.count(), readBeforeTheLike.revision())));

		assertThat(this.redis.opsForValue().get(FavouriteCountsCache.key(status.getId()))).isEqualTo("2:2");
		assertThat(getFavouriteStates(0, List.of(status.getId()))).containsExactly(state(status, 2, false));
	}

	@Test
	void cachedCountsNeverGoBackwardsWhateverOrderWritesArriveIn() {
		long statusId = newId();
		this.countsCache.changed(statusId, new RevisedCount(5, 7));

		this.countsCache.changed(statusId, new RevisedCount(4, 6));
		this.countsCache.fill(Map.of(statusId, new RevisedCount(0, 0)));
		this.countsCache.changed(statusId, new RevisedCount(9, 7));
		assertThat(this.redis.opsForValue().get(FavouriteCountsCache.key(statusId))).isEqualTo("7:5");

		this.countsCache.changed(statusId, new RevisedCount(6, 8));
		assertThat(this.redis.opsForValue().get(FavouriteCountsCache.key(statusId))).isEqualTo("8:6");
	}

	@Test
	void scriptsAreSentAgainWhenRedisForgotThem() {
		Status status = statuses(1).getFirst();
		this.redis.execute((RedisCallback<@Nullable Object>) (connection) -> {
			connection.scriptingCommands().scriptFlush();
			return null;
		});

		like(newAccount(), status);

		assertThat(this.redis.opsForValue().get(FavouriteCountsCache.key(status.getId()))).isEqualTo("1:1");
	}

	@Test
	void aFillOfTheViewersSetThatReadTheDatabaseBeforeALikeDoesNotOverwriteIt() {
		Account viewer = newAccount();
		Status status = statuses(1).getFirst();
		FavouriteStatesCache.Lookup lookup = this.statesCache.lookup(viewer.getId(), List.of(status.getId()));
		assertThat(lookup).isInstanceOf(FavouriteStatesCache.Lookup.Answered.class);
		FavouritedCache.Lookup miss = ((FavouriteStatesCache.Lookup.Answered) lookup).favourited();
		assertThat(miss).isInstanceOf(FavouritedCache.Lookup.Miss.class);

		like(viewer, status);
		boolean written = this.favouritedCache.fill(viewer.getId(), ((FavouritedCache.Lookup.Miss) miss).version(),
				List.of());

		assertThat(written).isFalse();
		assertThat(getFavouriteStates(viewer.getId(), List.of(status.getId()))).containsExactly(state(status, 1, true));
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
		long other = newId();

		assertThat(getFavouriteStates(viewer.getId(), List.of(liked.getId(), other)))
			.containsExactly(state(liked, 1, true), state(other, 0, false));
		assertThat(this.redis.hasKey(FavouritedCache.setKey(viewer.getId()))).isFalse();
	}

	@Test
	void duplicatesAreAnsweredEachTimeAndNoViewerFavouritesNothing() {
		Status status = statuses(1).getFirst();
		Status other = statuses(1).getFirst();
		Account viewer = newAccount();
		like(viewer, status);

		assertThat(getFavouriteStates(viewer.getId(), List.of(status.getId(), other.getId(), status.getId())))
			.containsExactly(state(status, 1, true), state(other, 0, false), state(status, 1, true));
		assertThat(getFavouriteStates(0, List.of(status.getId(), status.getId())))
			.containsExactly(state(status, 1, false), state(status, 1, false));
		// 0 is the cached sets' sentinel, never a status.
		assertThat(getFavouriteStates(viewer.getId(), List.of(0L, status.getId()))).containsExactly(state(0, 0, false),
				state(status, 1, true));
		assertThat(getFavouriteStates(viewer.getId(), List.of())).isEmpty();
	}

	@Test
	void refusesTooManyIdsANegativeViewerAndANegativeStatus() {
		List<Long> tooMany = new ArrayList<>();
		for (long i = 1; i <= 801; i++) {
			tooMany.add(i);
		}
		List<Long> asManyAsAllowed = tooMany.subList(0, 800);

		assertInvalid(() -> getFavouriteStates(newAccount().getId(), tooMany));
		assertInvalid(() -> getFavouriteStates(-1, List.of(1L)));
		assertInvalid(() -> getFavouriteStates(newAccount().getId(), List.of(1L, -5L)));
		assertThat(getFavouriteStates(newAccount().getId(), asManyAsAllowed)).hasSize(800);
	}

	private static void assertInvalid(Runnable call) {
		assertThatExceptionOfType(StatusRuntimeException.class).isThrownBy(call::run)
			.satisfies((ex) -> assertThat(ex.getStatus().getCode()).isEqualTo(Code.INVALID_ARGUMENT));
	}

	/**
	 * With a deadline far beyond the services' 2 s: what is tested here is the answer,
	 * and a first call for 800 statuses on a machine busy with other builds can take
	 * longer.
	 */
	private List<FavouriteState> getFavouriteStates(long viewerId, List<Long> statusIds) {
		return favouritesGrpc().withDeadlineAfter(30, TimeUnit.SECONDS)
			.getFavouriteStates(
					GetFavouriteStatesRequest.newBuilder().setViewerId(viewerId).addAllStatusIds(statusIds).build())
			.getStatesList();
	}

	private static FavouriteState state(Status status, long count, boolean favourited) {
		return state(status.getId(), count, favourited);
	}

	private static FavouriteState state(long statusId, long count, boolean favourited) {
		return FavouriteState.newBuilder()
			.setStatusId(statusId)
			.setFavouritesCount(count)
			.setFavourited(favourited)
			.build();
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

	private void unlike(Account account, Status status) {
		assertThat(
				post("/api/v1/statuses/" + status.getId() + "/unfavourite", TestIdentities.forAccount(account.getId()))
					.status())
			.isEqualTo(200);
	}

	private static List<Long> ids(List<Status> statuses) {
		return statuses.stream().map(Status::getId).toList();
	}

}
