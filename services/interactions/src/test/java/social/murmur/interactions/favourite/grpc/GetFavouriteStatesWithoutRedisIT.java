package social.murmur.interactions.favourite.grpc;

import java.util.List;

import org.junit.jupiter.api.Test;
import social.murmur.contracts.interactions.v1.FavouriteState;
import social.murmur.contracts.interactions.v1.GetFavouriteStatesRequest;
import social.murmur.contracts.posts.v1.Status;
import social.murmur.contracts.posts.v1.Visibility;
import social.murmur.contracts.users.v1.Account;
import social.murmur.interactions.cache.FavouriteCountsCache;
import social.murmur.interactions.cache.FavouritedCache;
import social.murmur.interactions.support.IntegrationTestSupport;
import social.murmur.testsupport.ServiceResponse;
import social.murmur.testsupport.SharedInfrastructure;
import social.murmur.testsupport.TestIdentities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Stops the shared Redis, so it has a class of its own: Redis is restarted (empty) before
 * the class ends, and other tests make the data they need.
 */
class GetFavouriteStatesWithoutRedisIT extends IntegrationTestSupport {

	@Test
	void answersCountsAndFavouritedFromPostgresWhileRedisIsDownAndLikesStillWork() {
		Account viewer = newAccount();
		Status liked = this.posts.write(newId(), newAccount(), Visibility.VISIBILITY_PUBLIC);
		Status likedWhileDown = this.posts.write(newId(), newAccount(), Visibility.VISIBILITY_PUBLIC);
		Status other = this.posts.write(newId(), newAccount(), Visibility.VISIBILITY_PUBLIC);
		String token = TestIdentities.forAccount(viewer.getId());
		like(liked, token);
		like(liked, TestIdentities.forAccount(newAccount().getId()));
		like(other, TestIdentities.forAccount(newAccount().getId()));
		List<Long> page = List.of(liked.getId(), likedWhileDown.getId(), other.getId(), liked.getId());
		// Cached before Redis goes: what is answered below cannot come from a stale copy.
		assertThat(getFavouriteStates(viewer.getId(), page)).containsExactly(state(liked, 2, true),
				state(likedWhileDown, 0, false), state(other, 1, false), state(liked, 2, true));

		SharedInfrastructure.stopRedis();
		try {
			assertThat(getFavouriteStates(viewer.getId(), page)).containsExactly(state(liked, 2, true),
					state(likedWhileDown, 0, false), state(other, 1, false), state(liked, 2, true));
			ServiceResponse response = like(likedWhileDown, token);
			assertThat(response.body().get("favourites_count").asLong()).isEqualTo(1);
			like(likedWhileDown, TestIdentities.forAccount(newAccount().getId()));
			assertThat(post("/api/v1/statuses/" + liked.getId() + "/unfavourite", token).status()).isEqualTo(200);
			assertThat(getFavouriteStates(viewer.getId(), page)).containsExactly(state(liked, 1, false),
					state(likedWhileDown, 2, true), state(other, 1, false), state(liked, 1, false));
			assertThat(getFavouriteStates(0, List.of(likedWhileDown.getId())))
				.containsExactly(state(likedWhileDown, 2, false));
			assertThat(get("/api/v1/favourites", token).body().get(0).get("favourites_count").asLong()).isEqualTo(2);
		}
		finally {
			SharedInfrastructure.startRedis();
		}

		await().atMost(PATIENCE).ignoreExceptions().untilAsserted(() -> {
			assertThat(getFavouriteStates(viewer.getId(), page)).containsExactly(state(liked, 1, false),
					state(likedWhileDown, 2, true), state(other, 1, false), state(liked, 1, false));
			assertThat(this.redis.hasKey(FavouritedCache.setKey(viewer.getId()))).isTrue();
			assertThat(this.redis.opsForValue().get(FavouriteCountsCache.key(likedWhileDown.getId()))).isEqualTo("2:2");
		});
	}

	private ServiceResponse like(Status status, String token) {
		ServiceResponse response = post("/api/v1/statuses/" + status.getId() + "/favourite", token);
		assertThat(response.status()).isEqualTo(200);
		return response;
	}

	private List<FavouriteState> getFavouriteStates(long viewerId, List<Long> statusIds) {
		return favouritesGrpc()
			.getFavouriteStates(
					GetFavouriteStatesRequest.newBuilder().setViewerId(viewerId).addAllStatusIds(statusIds).build())
			.getStatesList();
	}

	private static FavouriteState state(Status status, long count, boolean favourited) {
		return FavouriteState.newBuilder()
			.setStatusId(status.getId())
			.setFavouritesCount(count)
			.setFavourited(favourited)
			.build();
	}

}
