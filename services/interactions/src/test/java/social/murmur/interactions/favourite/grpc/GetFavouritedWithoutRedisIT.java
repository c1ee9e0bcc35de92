package social.murmur.interactions.favourite.grpc;

import java.util.List;

import org.junit.jupiter.api.Test;
import social.murmur.contracts.interactions.v1.GetFavouritedRequest;
import social.murmur.contracts.posts.v1.Status;
import social.murmur.contracts.posts.v1.Visibility;
import social.murmur.contracts.users.v1.Account;
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
class GetFavouritedWithoutRedisIT extends IntegrationTestSupport {

	@Test
	void answersFromPostgresWhileRedisIsDownAndLikesStillWork() {
		Account viewer = newAccount();
		Status liked = this.posts.write(newId(), newAccount(), Visibility.VISIBILITY_PUBLIC);
		Status likedWhileDown = this.posts.write(newId(), newAccount(), Visibility.VISIBILITY_PUBLIC);
		Status other = this.posts.write(newId(), newAccount(), Visibility.VISIBILITY_PUBLIC);
		String token = TestIdentities.forAccount(viewer.getId());
		assertThat(post("/api/v1/statuses/" + liked.getId() + "/favourite", token).status()).isEqualTo(200);
		List<Long> page = List.of(liked.getId(), likedWhileDown.getId(), other.getId());

		SharedInfrastructure.stopRedis();
		try {
			assertThat(getFavourited(viewer.getId(), page)).containsExactly(liked.getId());
			ServiceResponse response = post("/api/v1/statuses/" + likedWhileDown.getId() + "/favourite", token);
			assertThat(response.status()).isEqualTo(200);
			assertThat(response.body().get("favourites_count").asLong()).isEqualTo(1);
			assertThat(getFavourited(viewer.getId(), page)).containsExactly(liked.getId(), likedWhileDown.getId());
		}
		finally {
			SharedInfrastructure.startRedis();
		}

		await().atMost(PATIENCE).ignoreExceptions().untilAsserted(() -> {
			assertThat(getFavourited(viewer.getId(), page)).containsExactly(liked.getId(), likedWhileDown.getId());
			assertThat(this.redis.hasKey(FavouritedCache.setKey(viewer.getId()))).isTrue();
		});
	}

	private List<Long> getFavourited(long viewerId, List<Long> statusIds) {
		return favouritesGrpc()
			.getFavourited(GetFavouritedRequest.newBuilder().setViewerId(viewerId).addAllStatusIds(statusIds).build())
			.getIdsList();
	}

}
