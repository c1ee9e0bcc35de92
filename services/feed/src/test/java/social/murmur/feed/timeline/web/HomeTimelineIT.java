package social.murmur.feed.timeline.web;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import social.murmur.contracts.Topics;
import social.murmur.contracts.favourites.FavouritesCacheLayout;
import social.murmur.contracts.media.v1.MediaAttachment;
import social.murmur.contracts.media.v1.MediaDimensions;
import social.murmur.contracts.media.v1.MediaMeta;
import social.murmur.contracts.posts.v1.Status;
import social.murmur.feed.Events;
import social.murmur.feed.FeedIntegrationTest;
import social.murmur.feed.timeline.TimelineKeys;
import social.murmur.testsupport.TestIdentities;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class HomeTimelineIT extends FeedIntegrationTest {

	private static final Pattern LINK = Pattern.compile("<([^>]+)>; rel=\"(next|prev)\"");

	@Test
	void returnsFollowedAccountsAndOwnStatusesNewestFirstAsMastodonStatuses() {
		long viewer = newAccount();
		long alice = newAccount();
		long stranger = newAccount();
		this.users.follow(viewer, alice);
		Status first = this.posts.post(alice);
		Status second = this.posts.post(alice);
		Status own = this.posts.post(viewer);
		this.posts.post(stranger);

		HttpResponse<String> response = home(viewer, "");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(ids(response)).containsExactly(own.getId(), second.getId(), first.getId());
		JsonNode status = json(response).get(1);
		assertThat(status.get("id").asString()).isEqualTo(Long.toString(second.getId()));
		assertThat(status.get("content").asString()).isEqualTo(second.getContent());
		assertThat(status.get("visibility").asString()).isEqualTo("public");
		assertThat(status.get("account").get("id").asString()).isEqualTo(Long.toString(alice));
		assertThat(status.get("account").get("username").asString()).isEqualTo("user" + alice);
		assertThat(status.get("favourited").asBoolean()).isFalse();
		assertThat(status.get("reblogged").asBoolean()).isFalse();
		assertThat(status.get("bookmarked").asBoolean()).isFalse();
		assertThat(status.get("muted").asBoolean()).isFalse();
		assertThat(response.headers().firstValue("Link"))
			.hasValue("<http://localhost:8080/api/v1/timelines/home?max_id=" + first.getId() + ">; rel=\"next\", "
					+ "<http://localhost:8080/api/v1/timelines/home?min_id=" + own.getId() + ">; rel=\"prev\"");
	}

	@Test
	void pagesThroughTheWholeTimelineByLinkHeadersInBothDirections() {
		long viewer = newAccount();
		long alice = newAccount();
		this.users.follow(viewer, alice);
		// Made in a burst: many ids share a millisecond, and so a Redis score.
		List<Long> all = this.posts.post(alice, 30)
			.stream()
			.map(Status::getId)
			.sorted(Comparator.reverseOrder())
			.toList();

		List<List<Long>> olderPages = new ArrayList<>();
		String next = "/api/v1/timelines/home?limit=7";
		String prevOfLast = null;
		while (next != null) {
			HttpResponse<String> page = get(next, TestIdentities.forAccount(viewer));
			assertThat(page.statusCode()).isEqualTo(200);
			if (ids(page).isEmpty()) {
				assertThat(page.headers().firstValue("Link")).isEmpty();
				break;
			}
			olderPages.add(ids(page));
			next = link(page, "next");
			prevOfLast = link(page, "prev");
		}
		assertThat(olderPages).hasSize(5);
		assertThat(olderPages.stream().flatMap(List::stream).toList()).isEqualTo(all);

		// Back up from the oldest page: each page holds the statuses just above min_id.
		List<Long> newer = new ArrayList<>();
		String prev = link(
				get("/api/v1/timelines/home?limit=7&max_id=" + all.get(22), TestIdentities.forAccount(viewer)), "prev");
		while (prev != null) {
			HttpResponse<String> page = get(prev, TestIdentities.forAccount(viewer));
			List<Long> ids = ids(page);
			if (ids.isEmpty()) {
				break;
			}
			assertThat(ids).isSortedAccordingTo(Comparator.reverseOrder()).hasSizeLessThanOrEqualTo(7);
			newer.addAll(0, ids);
			prev = link(page, "prev");
		}
		assertThat(newer).isEqualTo(all.subList(0, 23));
		assertThat(prevOfLast).isNotNull();
	}

	@Test
	void sinceIdGivesTheNewestStatusesAfterItAndMinIdThoseJustAfterIt() {
		long viewer = newAccount();
		List<Long> ids = this.posts.post(viewer, 10).stream().map(Status::getId).toList();

		assertThat(ids(home(viewer, "?limit=2&since_id=" + ids.get(2)))).containsExactly(ids.get(9), ids.get(8));
		assertThat(ids(home(viewer, "?limit=2&min_id=" + ids.get(2)))).containsExactly(ids.get(4), ids.get(3));
		assertThat(ids(home(viewer, "?max_id=" + ids.get(5) + "&since_id=" + ids.get(2)))).containsExactly(ids.get(4),
				ids.get(3));
		assertThat(ids(home(viewer, "?min_id=" + ids.get(9)))).isEmpty();
	}

	@Test
	void limitDefaultsToTwentyAndIsClampedToForty() {
		long viewer = newAccount();
		this.posts.post(viewer, 45);

		assertThat(ids(home(viewer, ""))).hasSize(20);
		assertThat(ids(home(viewer, "?limit=100"))).hasSize(40);
		assertThat(ids(home(viewer, "?limit=0"))).hasSize(20);
		assertThat(ids(home(viewer, "?limit=3"))).hasSize(3);
	}

	@Test
	void buildsAMissingTimelineFromFollowedAccountsOwnStatusesAndTheReplyRule() {
		long viewer = newAccount();
		long alice = newAccount();
		long bob = newAccount();
		long stranger = newAccount();
		this.users.follow(viewer, alice);
		this.users.follow(viewer, bob);
		Status byStranger = this.posts.post(stranger);
		Status byBob = this.posts.post(bob);
		Status own = this.posts.post(viewer);
		this.posts.reply(alice, byStranger);
		Status replyToBob = this.posts.reply(alice, byBob);
		Status replyToViewer = this.posts.reply(alice, own);
		this.posts.direct(alice, viewer);
		assertThat(this.redis.hasKey(TimelineKeys.marker(viewer))).isFalse();

		HttpResponse<String> response = home(viewer, "");

		List<Long> expected = List.of(replyToViewer.getId(), replyToBob.getId(), own.getId(), byBob.getId());
		assertThat(ids(response)).isEqualTo(expected);
		assertThat(this.redis.opsForValue().get(TimelineKeys.marker(viewer))).isEqualTo("built");
		assertThat(timeline(viewer)).isEqualTo(expected);
	}

	@Test
	void anEmptyTimelineIsBuiltOnceAndNotOnEveryRead() {
		long viewer = newAccount();

		HttpResponse<String> first = home(viewer, "");
		HttpResponse<String> second = home(viewer, "");

		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(first.body()).isEqualTo("[]");
		assertThat(first.headers().firstValue("Link")).isEmpty();
		assertThat(ids(second)).isEmpty();
		assertThat(this.users.listFollowingCalls(viewer)).isEqualTo(1);
	}

	@Test
	void newStatusesOfFollowedAccountsArriveAtTheTopByFanOut() {
		long viewer = newAccount();
		long alice = newAccount();
		this.users.follow(viewer, alice);
		Status old = this.posts.post(alice);
		assertThat(ids(home(viewer, ""))).containsExactly(old.getId());

		Status fresh = this.posts.post(alice);
		publish(Topics.STATUS_PUBLISHED, alice, Events.published(fresh));

		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(ids(home(viewer, ""))).containsExactly(fresh.getId(), old.getId()));
		assertThat(this.users.listFollowingCalls(viewer)).isEqualTo(1);
	}

	@Test
	void dropsStatusesThatNoLongerExistAndForgetsThem() {
		long viewer = newAccount();
		List<Status> statuses = this.posts.post(viewer, 3);
		assertThat(ids(home(viewer, ""))).hasSize(3);

		this.posts.delete(statuses.get(1).getId());
		// As when its cache entry has expired: a cached status shows until its deletion
		// event arrives.
		this.statusCache.evictStatuses(List.of(statuses.get(1).getId()));
		HttpResponse<String> response = home(viewer, "");

		assertThat(ids(response)).containsExactly(statuses.get(2).getId(), statuses.get(0).getId());
		assertThat(timeline(viewer)).containsExactly(statuses.get(2).getId(), statuses.get(0).getId());
	}

	@Test
	void aDeletedStatusDoesNotLeaveTheRequestedPageShort() {
		long viewer = newAccount();
		List<Long> ids = this.posts.post(viewer, 6).stream().map(Status::getId).toList();
		home(viewer, "");

		this.posts.delete(ids.get(4));
		this.statusCache.evictStatuses(List.of(ids.get(4)));

		assertThat(ids(home(viewer, "?limit=3"))).containsExactly(ids.get(5), ids.get(3), ids.get(2));
	}

	@Test
	void hydratesAPageOfUncachedStatusesWithOneCallToPosts() {
		long viewer = newAccount();
		List<Long> ids = this.posts.post(viewer, 12).stream().map(Status::getId).toList();
		home(viewer, "");
		this.statusCache.evictStatuses(ids);
		int before = this.posts.getStatusesRequests().size();

		assertThat(ids(home(viewer, "?limit=5"))).hasSize(5);

		List<List<Long>> calls = this.posts.getStatusesRequests()
			.subList(before, this.posts.getStatusesRequests().size());
		assertThat(calls.stream().filter((call) -> call.stream().anyMatch(ids::contains))).hasSize(1);
	}

	@Test
	void aMaxIdBelowEveryStatusGivesAnEmptyPage() {
		long viewer = newAccount();
		this.posts.post(viewer);

		HttpResponse<String> response = home(viewer, "?max_id=1");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(ids(response)).isEmpty();
		assertThat(response.headers().firstValue("Link")).isEmpty();
	}

	@Test
	void refusesARequestWithoutIdentity() {
		HttpResponse<String> response = get("/api/v1/timelines/home", null);

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(json(response).get("error").asString()).isEqualTo("The access token is invalid");
	}

	@Test
	void refusesAForgedIdentity() {
		long viewer = newAccount();

		HttpResponse<String> response = get("/api/v1/timelines/home", TestIdentities.forged(viewer));

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(json(response).get("error").asString()).isNotBlank();
		assertThat(this.redis.hasKey(TimelineKeys.marker(viewer))).isFalse();
	}

	@Test
	void refusesAnApplicationTokenWithoutAnAccount() {
		HttpResponse<String> response = get("/api/v1/timelines/home", TestIdentities.forApplication(3));

		assertThat(response.statusCode()).isEqualTo(422);
		assertThat(json(response).get("error").asString()).isEqualTo("This method requires an authenticated user");
	}

	@Test
	void refusesATokenWithoutReadScope() {
		long viewer = newAccount();

		HttpResponse<String> response = get("/api/v1/timelines/home",
				TestIdentities.forAccount(viewer, "write", "follow"));

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(json(response).get("error").asString()).isEqualTo("This action is outside the authorized scopes");
		assertThat(this.redis.hasKey(TimelineKeys.marker(viewer))).isFalse();
	}

	@Test
	void acceptsTheNarrowReadStatusesScope() {
		long viewer = newAccount();
		Status own = this.posts.post(viewer);

		HttpResponse<String> response = get("/api/v1/timelines/home",
				TestIdentities.forAccount(viewer, "read:statuses"));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(ids(response)).containsExactly(own.getId());
	}

	@Test
	void rejectsPagingParametersThatAreNotNumbers() {
		long viewer = newAccount();

		for (String query : List.of("?max_id=abc", "?since_id=1x", "?min_id=%20nope", "?limit=many")) {
			HttpResponse<String> response = home(viewer, query);

			assertThat(response.statusCode()).as(query).isEqualTo(400);
			assertThat(json(response).get("error").asString()).as(query).startsWith("Invalid value for ");
		}
		assertThat(this.redis.hasKey(TimelineKeys.marker(viewer))).isFalse();
	}

	@Test
	void answersServiceUnavailableWhilePostsIsDown() {
		long viewer = newAccount();
		this.posts.failWith(io.grpc.Status.UNAVAILABLE);
		try {
			HttpResponse<String> response = home(viewer, "");

			assertThat(response.statusCode()).isEqualTo(503);
			assertThat(json(response).get("error").asString()).isNotBlank();
		}
		finally {
			this.posts.recover();
		}
		assertThat(home(viewer, "").statusCode()).isEqualTo(200);
	}

	@Test
	void showsLikeCountsAndTheViewersLikesFromInteractionsAskedOncePerPage() {
		long viewer = newAccount();
		long alice = newAccount();
		this.users.follow(viewer, alice);
		Status first = this.posts.post(alice);
		Status second = this.posts.post(alice);
		Status third = this.posts.post(alice);
		this.favourites.like(viewer, second.getId());
		this.favourites.like(alice, second.getId());
		this.favourites.like(alice, first.getId());

		HttpResponse<String> built = home(viewer, "");
		HttpResponse<String> warm = home(viewer, "");

		for (HttpResponse<String> response : List.of(built, warm)) {
			assertThat(ids(response)).containsExactly(third.getId(), second.getId(), first.getId());
			JsonNode page = json(response);
			assertThat(page.get(0).get("favourites_count").asLong()).isZero();
			assertThat(page.get(0).get("favourited").asBoolean()).isFalse();
			assertThat(page.get(1).get("favourites_count").asLong()).isEqualTo(2);
			assertThat(page.get(1).get("favourited").asBoolean()).isTrue();
			assertThat(page.get(2).get("favourites_count").asLong()).isEqualTo(1);
			assertThat(page.get(2).get("favourited").asBoolean()).isFalse();
		}
		assertThat(this.favourites.requestsOf(viewer)).hasSize(2)
			.allSatisfy((request) -> assertThat(request.getStatusIdsList()).contains(first.getId(), second.getId(),
					third.getId()));

		// A like shows on the next read, although the status and its rendering are
		// cached.
		this.favourites.like(viewer, third.getId());
		JsonNode liked = json(home(viewer, "")).get(0);
		assertThat(liked.get("favourites_count").asLong()).isEqualTo(1);
		assertThat(liked.get("favourited").asBoolean()).isTrue();
		assertThat(this.favourites.requestsOf(viewer)).hasSize(3);
	}

	@Test
	void readsLikesFromInteractionsCacheWithoutAskingInteractions() {
		long viewer = newAccount();
		long alice = newAccount();
		this.users.follow(viewer, alice);
		Status first = this.posts.post(alice);
		Status second = this.posts.post(alice);
		// What interactions would have cached; its own answer would differ, to tell the
		// two apart.
		this.favourites.like(alice, first.getId());
		cacheCount(first.getId(), "4:0");
		cacheCount(second.getId(), "9:7");
		cacheLikes(viewer, second.getId());

		JsonNode page = json(home(viewer, ""));

		assertThat(page.get(0).get("id").asString()).isEqualTo(Long.toString(second.getId()));
		assertThat(page.get(0).get("favourites_count").asLong()).isEqualTo(7);
		assertThat(page.get(0).get("favourited").asBoolean()).isTrue();
		assertThat(page.get(1).get("favourites_count").asLong()).isZero();
		assertThat(page.get(1).get("favourited").asBoolean()).isFalse();
		assertThat(this.favourites.requestsOf(viewer)).isEmpty();

		// Interactions being down does not matter while its cache answers.
		this.favourites.failWith(io.grpc.Status.UNAVAILABLE);
		try {
			assertThat(json(home(viewer, "")).get(0).get("favourites_count").asLong()).isEqualTo(7);
		}
		finally {
			this.favourites.recover();
		}
	}

	@Test
	void asksInteractionsWhenItsCacheDoesNotHoldTheWholePage() {
		long viewer = newAccount();
		long alice = newAccount();
		this.users.follow(viewer, alice);
		Status first = this.posts.post(alice);
		Status second = this.posts.post(alice);
		this.favourites.like(viewer, first.getId());
		this.favourites.like(alice, first.getId());
		cacheCount(second.getId(), "1:1");
		cacheLikes(viewer);

		// A count missing.
		assertThat(json(home(viewer, "")).get(1).get("favourites_count").asLong()).isEqualTo(2);
		assertThat(this.favourites.requestsOf(viewer)).hasSize(1);

		// A count in a format that is not the contract's.
		cacheCount(first.getId(), "garbage");
		assertThat(json(home(viewer, "")).get(1).get("favourited").asBoolean()).isTrue();
		assertThat(this.favourites.requestsOf(viewer)).hasSize(2);

		// Every count cached, but not the viewer's likes (a set without its sentinel is
		// not interactions' cache either).
		cacheCount(first.getId(), "2:2");
		this.redis.delete(FavouritesCacheLayout.favouritedKey(viewer));
		this.redis.opsForSet().add(FavouritesCacheLayout.favouritedKey(viewer), Long.toString(second.getId()));
		this.redis.expire(FavouritesCacheLayout.favouritedKey(viewer), Duration.ofMinutes(1));
		JsonNode page = json(home(viewer, ""));
		assertThat(page.get(1).get("favourited").asBoolean()).isTrue();
		assertThat(page.get(0).get("favourited").asBoolean()).isFalse();
		assertThat(this.favourites.requestsOf(viewer)).hasSize(3);

		// Once it is all there, interactions is not asked again.
		cacheLikes(viewer, first.getId());
		assertThat(json(home(viewer, "")).get(1).get("favourited").asBoolean()).isTrue();
		assertThat(this.favourites.requestsOf(viewer)).hasSize(3);
	}

	/** Caches a like count as interactions does ({@link FavouritesCacheLayout}). */
	private void cacheCount(long statusId, String value) {
		this.redis.opsForValue().set(FavouritesCacheLayout.countKey(statusId), value, Duration.ofMinutes(1));
	}

	/** Caches a viewer's liked set as interactions does, sentinel included. */
	private void cacheLikes(long viewerId, long... statusIds) {
		String key = FavouritesCacheLayout.favouritedKey(viewerId);
		this.redis.delete(key);
		this.redis.opsForSet().add(key, FavouritesCacheLayout.SENTINEL);
		for (long statusId : statusIds) {
			this.redis.opsForSet().add(key, Long.toString(statusId));
		}
		this.redis.expire(key, Duration.ofMinutes(1));
	}

	@Test
	void anEmptyPageDoesNotAskForLikes() {
		long viewer = newAccount();

		assertThat(home(viewer, "").body()).isEqualTo("[]");
		assertThat(this.favourites.requestsOf(viewer)).isEmpty();
	}

	@Test
	void servesThePageWithoutLikesWhileInteractionsIsDown() {
		long viewer = newAccount();
		Status own = this.posts.post(viewer);
		this.favourites.like(viewer, own.getId());
		this.favourites.failWith(io.grpc.Status.UNAVAILABLE);
		try {
			HttpResponse<String> response = home(viewer, "");

			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(ids(response)).containsExactly(own.getId());
			assertThat(json(response).get(0).get("favourites_count").asLong()).isZero();
			assertThat(json(response).get(0).get("favourited").asBoolean()).isFalse();
		}
		finally {
			this.favourites.recover();
		}
		assertThat(json(home(viewer, "")).get(0).get("favourited").asBoolean()).isTrue();
	}

	@Test
	void servesThePageWithoutLikesWhenInteractionsMissesItsDeadline() {
		long viewer = newAccount();
		Status own = this.posts.post(viewer);
		this.favourites.like(viewer, own.getId());
		home(viewer, "");
		this.favourites.slowDown(Duration.ofMillis(FAVOURITES_DEADLINE_MILLIS * 4L));
		try {
			long start = System.nanoTime();
			HttpResponse<String> response = home(viewer, "");
			Duration took = Duration.ofNanos(System.nanoTime() - start);

			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(ids(response)).containsExactly(own.getId());
			assertThat(json(response).get(0).get("favourites_count").asLong()).isZero();
			assertThat(json(response).get(0).get("favourited").asBoolean()).isFalse();
			assertThat(took).isLessThan(Duration.ofMillis(FAVOURITES_DEADLINE_MILLIS * 3L));
		}
		finally {
			this.favourites.recover();
		}
	}

	@Test
	void rendersTheAttachmentsOfACachedStatus() {
		long viewer = newAccount();
		Status photo = this.posts.post(viewer,
				MediaAttachment.newBuilder()
					.setId(4242)
					.setType("image")
					.setUrl("http://localhost:8080/system/media_attachments/4242/original.webp")
					.setPreviewUrl("http://localhost:8080/system/media_attachments/4242/small.webp")
					.setBlurhash("UBL_:rOpGG-oBUNG,qRj2so|=eE1w^n4S5NH")
					.setMeta(MediaMeta.newBuilder()
						.setOriginal(MediaDimensions.newBuilder().setWidth(1024).setHeight(768))
						.setSmall(MediaDimensions.newBuilder().setWidth(400).setHeight(300)))
					.setAccountId(viewer)
					.setStatusId(0)
					.build());
		home(viewer, "");
		int before = this.posts.getStatusesRequests().size();

		HttpResponse<String> cached = home(viewer, "");

		assertThat(this.posts.getStatusesRequests().subList(before, this.posts.getStatusesRequests().size()))
			.noneMatch((request) -> request.contains(photo.getId()));
		JsonNode attachments = json(cached).get(0).get("media_attachments");
		assertThat(attachments).hasSize(1);
		JsonNode attachment = attachments.get(0);
		assertThat(attachment.get("id").asString()).isEqualTo("4242");
		assertThat(attachment.get("type").asString()).isEqualTo("image");
		assertThat(attachment.get("url").asString())
			.isEqualTo("http://localhost:8080/system/media_attachments/4242/original.webp");
		assertThat(attachment.get("preview_url").asString())
			.isEqualTo("http://localhost:8080/system/media_attachments/4242/small.webp");
		assertThat(attachment.get("blurhash").asString()).isEqualTo("UBL_:rOpGG-oBUNG,qRj2so|=eE1w^n4S5NH");
		assertThat(attachment.get("meta").get("original").get("width").asInt()).isEqualTo(1024);
		assertThat(attachment.get("meta").get("original").get("height").asInt()).isEqualTo(768);
		assertThat(attachment.get("meta").get("original").get("size").asString()).isEqualTo("1024x768");
		assertThat(attachment.get("meta").get("small").get("size").asString()).isEqualTo("400x300");
	}

	private HttpResponse<String> home(long viewer, String query) {
		return get("/api/v1/timelines/home" + query, TestIdentities.forAccount(viewer));
	}

	/** The path and query of a Link header's link, to be sent to this server. */
	private static @Nullable String link(HttpResponse<String> response, String rel) {
		String header = response.headers().firstValue("Link").orElse("");
		Matcher matcher = LINK.matcher(header);
		while (matcher.find()) {
			if (matcher.group(2).equals(rel)) {
				URI uri = URI.create(matcher.group(1));
				return uri.getRawPath() + "?" + uri.getRawQuery();
			}
		}
		return null;
	}

}
