package social.murmur.posts.timeline.web;

import org.junit.jupiter.api.Test;
import social.murmur.contracts.users.v1.Account;
import social.murmur.posts.support.PostsIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

class TimelinesIT extends PostsIntegrationTest {

	@Test
	void publicTimelineHasPublicStatusesNewestFirstWithoutRepliesToOthers() {
		Account alice = this.users.register("alice");
		Account bob = this.users.register("bob");
		String marker = post(alice, "marker").get("id").asString();
		String open = post(alice, "public").get("id").asString();
		post(alice, params("status", "unlisted", "visibility", "unlisted"));
		post(alice, params("status", "private", "visibility", "private"));
		post(alice, params("status", "direct", "visibility", "direct"));
		String selfReply = post(alice, params("status", "thread", "in_reply_to_id", open)).get("id").asString();
		post(bob, params("status", "reply to alice", "in_reply_to_id", open));
		String deleted = post(bob, "regret").get("id").asString();
		delete("/api/v1/statuses/" + deleted, tokenFor(bob));
		String latest = post(bob, "latest").get("id").asString();

		Response timeline = get("/api/v1/timelines/public?min_id=" + marker, null);
		assertThat(timeline.status()).isEqualTo(200);
		assertThat(ids(timeline.body())).containsExactly(latest, selfReply, open);
		assertThat(timeline.link()).contains("max_id=" + open).contains("min_id=" + latest);

		Response signedIn = get("/api/v1/timelines/public?local=true&min_id=" + marker, tokenFor(bob));
		assertThat(ids(signedIn.body())).containsExactly(latest, selfReply, open);
		assertThat(signedIn.body().get(0).get("favourited").asBoolean()).isFalse();

		Response paged = get("/api/v1/timelines/public?limit=1&max_id=" + latest, null);
		assertThat(ids(paged.body())).containsExactly(selfReply);
	}

	@Test
	void publicTimelineHasNoRemoteStatusesAndLeavesTextOnlyOnesOutOfOnlyMedia() {
		Account alice = this.users.register("alice");
		String marker = post(alice, "marker").get("id").asString();
		post(alice, "local");
		assertThat(ids(get("/api/v1/timelines/public?remote=true&min_id=" + marker, null).body())).isEmpty();
		assertThat(ids(get("/api/v1/timelines/public?only_media=true&min_id=" + marker, null).body())).isEmpty();
		assertThat(get("/api/v1/timelines/public?remote=true", null).link()).isNull();
	}

	@Test
	void refusesMalformedTimelineParameters() {
		Response badCursor = get("/api/v1/timelines/public?since_id=x", null);
		assertThat(badCursor.status()).isEqualTo(400);
		assertThat(badCursor.error()).isNotBlank();
		assertThat(get("/api/v1/timelines/public?local=perhaps", null).status()).isEqualTo(400);
		assertThat(get("/api/v1/timelines/tag/x?only_media=perhaps", null).status()).isEqualTo(400);
	}

	@Test
	void tagTimelineHasPublicStatusesWithTheTag() {
		Account alice = this.users.register("alice");
		String tag = "tea" + alice.getId();
		String first = post(alice, "#" + tag + " time").get("id").asString();
		post(alice, params("status", "#" + tag + " quietly", "visibility", "unlisted"));
		post(alice, "no tag here");
		String second = post(alice, "more #" + tag.toUpperCase() + " please").get("id").asString();

		Response timeline = get("/api/v1/timelines/tag/" + tag, null);
		assertThat(timeline.status()).isEqualTo(200);
		assertThat(ids(timeline.body())).containsExactly(second, first);
		assertThat(timeline.link()).contains("/api/v1/timelines/tag/" + tag);
		assertThat(ids(get("/api/v1/timelines/tag/" + tag.toUpperCase() + "?limit=1", null).body()))
			.containsExactly(second);
		assertThat(ids(get("/api/v1/timelines/tag/%23" + tag, null).body())).containsExactly(second, first);
		assertThat(ids(get("/api/v1/timelines/tag/" + tag + "?remote=true", null).body())).isEmpty();
	}

	@Test
	void tagTimelineCombinesAnyAllAndNone() {
		Account alice = this.users.register("alice");
		String suffix = Long.toString(alice.getId());
		String both = post(alice, "#a" + suffix + " #b" + suffix).get("id").asString();
		String onlyA = post(alice, "#a" + suffix).get("id").asString();
		String onlyC = post(alice, "#c" + suffix).get("id").asString();
		String base = "/api/v1/timelines/tag/a" + suffix;

		assertThat(ids(get(base + "?any%5B%5D=c" + suffix, null).body())).containsExactly(onlyC, onlyA, both);
		assertThat(ids(get(base + "?all%5B%5D=b" + suffix, null).body())).containsExactly(both);
		assertThat(ids(get(base + "?none%5B%5D=b" + suffix, null).body())).containsExactly(onlyA);
	}

	@Test
	void tagTimelineOfAnUnknownTagIsEmpty() {
		Response response = get("/api/v1/timelines/tag/nobodyeverusedthis", null);
		assertThat(response.status()).isEqualTo(200);
		assertThat(ids(response.body())).isEmpty();
		assertThat(response.link()).isNull();
	}

	@Test
	void tagTimelineOfANameNoHashtagCanHaveIsEmpty() {
		for (String path : new String[] { "has%20space", "123", "x?any%5B%5D=%00&none%5B%5D=%27", "%E2%9C%93" }) {
			Response response = get("/api/v1/timelines/tag/" + path, null);
			assertThat(response.status()).as(path).isEqualTo(200);
			assertThat(ids(response.body())).as(path).isEmpty();
		}
	}

}
