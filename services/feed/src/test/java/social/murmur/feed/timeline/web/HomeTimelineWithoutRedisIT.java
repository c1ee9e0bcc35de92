package social.murmur.feed.timeline.web;

import java.net.http.HttpResponse;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import social.murmur.contracts.posts.v1.Status;
import social.murmur.feed.FeedIntegrationTest;
import social.murmur.feed.timeline.TimelineKeys;
import social.murmur.testsupport.SharedInfrastructure;
import social.murmur.testsupport.TestIdentities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Stops the shared Redis, so it has a class of its own: Redis is restarted (empty) before
 * the class ends, and other tests make the data they need.
 */
class HomeTimelineWithoutRedisIT extends FeedIntegrationTest {

	@Test
	void readsTheHomeTimelineFromPostsAndUsersWhileRedisIsDownAndUsesRedisAgainOnceItIsBack() {
		long viewer = newAccount();
		long alice = newAccount();
		long stranger = newAccount();
		this.users.follow(viewer, alice);
		List<Status> alices = this.posts.post(alice, 6);
		Status own = this.posts.post(viewer);
		this.posts.post(stranger);
		this.posts.reply(alice, this.posts.post(stranger));
		List<Long> all = java.util.stream.Stream.concat(alices.stream(), java.util.stream.Stream.of(own))
			.map(Status::getId)
			.sorted(Comparator.reverseOrder())
			.toList();

		SharedInfrastructure.stopRedis();
		try {
			HttpResponse<String> first = home(viewer, "?limit=3");
			assertThat(first.statusCode()).isEqualTo(200);
			assertThat(ids(first)).isEqualTo(all.subList(0, 3));
			assertThat(first.headers().firstValue("Link")).isPresent();
			assertThat(ids(home(viewer, "?limit=3&max_id=" + all.get(2)))).isEqualTo(all.subList(3, 6));
			assertThat(ids(home(viewer, "?limit=3&max_id=" + all.get(5)))).isEqualTo(all.subList(6, 7));
			assertThat(ids(home(viewer, "?limit=2&min_id=" + all.get(5)))).isEqualTo(all.subList(3, 5));
			assertThat(ids(home(viewer, "?limit=2&since_id=" + all.get(5)))).isEqualTo(all.subList(0, 2));
			assertThat(ids(home(viewer, ""))).isEqualTo(all);
		}
		finally {
			SharedInfrastructure.startRedis();
		}

		await().atMost(PATIENCE).ignoreExceptions().untilAsserted(() -> {
			assertThat(ids(home(viewer, ""))).isEqualTo(all);
			assertThat(this.redis.opsForValue().get(TimelineKeys.marker(viewer))).isEqualTo("built");
		});
		assertThat(timeline(viewer)).isEqualTo(all);
	}

	private HttpResponse<String> home(long viewer, String query) {
		return get("/api/v1/timelines/home" + query, TestIdentities.forAccount(viewer));
	}

}
