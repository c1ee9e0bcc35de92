package social.murmur.notifications.notification.web;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import social.murmur.contracts.posts.v1.Status;
import social.murmur.contracts.posts.v1.Visibility;
import social.murmur.contracts.users.v1.Account;
import social.murmur.notifications.notification.NotificationFilter;
import social.murmur.notifications.notification.NotificationType;
import social.murmur.notifications.notification.Notifications;
import social.murmur.notifications.support.IntegrationTestSupport;
import social.murmur.platform.web.PageRequest;
import social.murmur.testsupport.ServiceResponse;
import social.murmur.testsupport.TestIdentities;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /api/v1/notifications/**} as a Mastodon client sees it. */
class NotificationsApiIT extends IntegrationTestSupport {

	@Autowired
	private Notifications notifications;

	@Test
	void listsNotificationsNewestFirstAsMastodonEntities() {
		Account me = newAccount();
		Account follower = newAccount();
		Account author = newAccount();
		Status mention = this.posts.write(newId(), author, Visibility.VISIBILITY_PUBLIC, me);
		this.notifications.add(me.getId(), NotificationType.FOLLOW, follower.getId(), null);
		this.notifications.add(me.getId(), NotificationType.MENTION, author.getId(), mention.getId());

		ServiceResponse response = get("/api/v1/notifications", TestIdentities.forAccount(me.getId()));

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.values("type")).containsExactly("mention", "follow");
		JsonNode newest = response.body().get(0);
		String id = newest.get("id").asString();
		assertThat(newest.get("group_key").asString()).isEqualTo("ungrouped-" + id);
		assertThat(newest.get("created_at").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
		assertThat(newest.get("account").get("id").asString()).isEqualTo(Long.toString(author.getId()));
		assertThat(newest.get("account").get("acct").asString()).isEqualTo(author.getUsername());
		JsonNode status = newest.get("status");
		assertThat(status.get("id").asString()).isEqualTo(Long.toString(mention.getId()));
		assertThat(status.get("content").asString()).isEqualTo(mention.getContent());
		assertThat(status.get("url").asString())
			.isEqualTo(PUBLIC_URL + "/@" + author.getUsername() + "/" + mention.getId());
		assertThat(status.get("favourited").asBoolean()).isFalse();
		assertThat(status.get("reblogged").asBoolean()).isFalse();
		assertThat(status.get("bookmarked").asBoolean()).isFalse();
		assertThat(status.get("mentions").get(0).get("id").asString()).isEqualTo(Long.toString(me.getId()));
		JsonNode follow = response.body().get(1);
		assertThat(follow.get("account").get("username").asString()).isEqualTo(follower.getUsername());
		assertThat(follow.has("status")).isFalse();
	}

	@Test
	void hydratesAPageWithOneAccountsCallAndOneStatusesCall() {
		Account me = newAccount();
		for (int i = 0; i < 5; i++) {
			Account author = newAccount();
			Status status = this.posts.write(newId(), author, Visibility.VISIBILITY_PUBLIC, me);
			this.notifications.add(me.getId(), NotificationType.MENTION, author.getId(), status.getId());
			this.notifications.add(me.getId(), NotificationType.FOLLOW, author.getId(), null);
		}
		int accountsCalls = this.users.getAccountsCalls();
		int statusesCalls = this.posts.getStatusesCalls();

		ServiceResponse response = get("/api/v1/notifications", TestIdentities.forAccount(me.getId()));

		assertThat(response.body().size()).isEqualTo(10);
		assertThat(this.users.getAccountsCalls()).isEqualTo(accountsCalls + 1);
		assertThat(this.posts.getStatusesCalls()).isEqualTo(statusesCalls + 1);
	}

	@Test
	void leavesOutNotificationsWhoseStatusOrAccountIsGone() {
		Account me = newAccount();
		Account author = newAccount();
		Status kept = this.posts.write(newId(), author, Visibility.VISIBILITY_PUBLIC, me);
		long deletedStatus = newId();
		long unknownAccount = newId();
		this.notifications.add(me.getId(), NotificationType.MENTION, author.getId(), kept.getId());
		this.notifications.add(me.getId(), NotificationType.MENTION, author.getId(), deletedStatus);
		this.notifications.add(me.getId(), NotificationType.FOLLOW, unknownAccount, null);
		List<Long> stored = storedIds(me.getId());

		ServiceResponse response = get("/api/v1/notifications", TestIdentities.forAccount(me.getId()));

		assertThat(response.ids()).containsExactly(Long.toString(stored.getLast()));
		assertThat(response.link("next")).endsWith("max_id=" + stored.getLast());
		assertThat(response.link("prev")).endsWith("min_id=" + stored.getFirst());
	}

	@Test
	void emptyListHasNoLinkHeader() {
		ServiceResponse response = get("/api/v1/notifications", TestIdentities.forAccount(newId()));

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body().size()).isZero();
		assertThat(response.headers().firstValue("Link")).isEmpty();
	}

	@Test
	void filtersByTypesExcludedTypesAndAccount() {
		Account me = newAccount();
		Account alice = newAccount();
		Account bob = newAccount();
		Status byAlice = this.posts.write(newId(), alice, Visibility.VISIBILITY_PUBLIC, me);
		Status byBob = this.posts.write(newId(), bob, Visibility.VISIBILITY_PUBLIC);
		this.notifications.add(me.getId(), NotificationType.FOLLOW, alice.getId(), null);
		this.notifications.add(me.getId(), NotificationType.FOLLOW, bob.getId(), null);
		this.notifications.add(me.getId(), NotificationType.MENTION, alice.getId(), byAlice.getId());
		this.notifications.add(me.getId(), NotificationType.STATUS, bob.getId(), byBob.getId());
		String token = TestIdentities.forAccount(me.getId());

		assertThat(get("/api/v1/notifications?types[]=mention&types[]=status", token).values("type"))
			.containsExactly("status", "mention");
		assertThat(get("/api/v1/notifications?types=follow", token).values("type")).containsExactly("follow", "follow");
		assertThat(get("/api/v1/notifications?exclude_types[]=follow&exclude_types[]=status", token).values("type"))
			.containsExactly("mention");
		assertThat(get("/api/v1/notifications?account_id=" + bob.getId(), token).values("type"))
			.containsExactly("status", "follow");
		assertThat(get("/api/v1/notifications?account_id=" + alice.getId() + "&types[]=follow", token).body()
			.get(0)
			.get("account")
			.get("id")
			.asString()).isEqualTo(Long.toString(alice.getId()));
		assertThat(get("/api/v1/notifications?types[]=favourite", token).body().size()).isZero();
		assertThat(get("/api/v1/notifications?types[]=follow&exclude_types[]=follow", token).body().size()).isZero();
	}

	@Test
	void pagesOlderThroughNextLinksAndNewerThroughPrevLinks() {
		Account me = newAccount();
		for (int i = 0; i < 5; i++) {
			this.notifications.add(me.getId(), NotificationType.FOLLOW, newAccount().getId(), null);
		}
		List<String> all = storedIds(me.getId()).stream().map(String::valueOf).toList();
		String token = TestIdentities.forAccount(me.getId());

		ServiceResponse first = get("/api/v1/notifications?limit=2&types[]=follow", token);
		assertThat(first.ids()).containsExactly(all.get(0), all.get(1));
		assertThat(first.link("next")).startsWith(PUBLIC_URL + "/api/v1/notifications?")
			.contains("limit=2")
			.contains("types%5B%5D=follow")
			.contains("max_id=" + all.get(1));
		assertThat(first.link("prev")).contains("min_id=" + all.get(0));

		ServiceResponse second = get(first.link("next"), token);
		assertThat(second.ids()).containsExactly(all.get(2), all.get(3));
		ServiceResponse third = get(second.link("next"), token);
		assertThat(third.ids()).containsExactly(all.get(4));
		ServiceResponse beyond = get(third.link("next"), token);
		assertThat(beyond.body().size()).isZero();

		ServiceResponse back = get(third.link("prev"), token);
		assertThat(back.ids()).containsExactly(all.get(2), all.get(3));
		assertThat(get("/api/v1/notifications?limit=2&since_id=" + all.get(4), token).ids()).containsExactly(all.get(0),
				all.get(1));
		assertThat(get("/api/v1/notifications?limit=2&min_id=" + all.get(4), token).ids()).containsExactly(all.get(2),
				all.get(3));
		assertThat(get("/api/v1/notifications?max_id=" + all.get(0) + "&since_id=" + all.get(3), token).ids())
			.containsExactly(all.get(1), all.get(2));
	}

	@Test
	void limitDefaultsToFortyAndIsClampedToEighty() {
		Account me = newAccount();
		List<Long> followers = new ArrayList<>();
		for (int i = 0; i < 81; i++) {
			followers.add(newAccount().getId());
		}
		followers.forEach((id) -> this.notifications.add(me.getId(), NotificationType.FOLLOW, id, null));
		String token = TestIdentities.forAccount(me.getId());

		assertThat(get("/api/v1/notifications", token).body().size()).isEqualTo(40);
		assertThat(get("/api/v1/notifications?limit=500", token).body().size()).isEqualTo(80);
		assertThat(get("/api/v1/notifications?limit=0", token).body().size()).isEqualTo(40);
	}

	@Test
	void getsOneOfOnesOwnNotifications() {
		Account me = newAccount();
		Account follower = newAccount();
		this.notifications.add(me.getId(), NotificationType.FOLLOW, follower.getId(), null);
		long id = storedIds(me.getId()).getFirst();

		ServiceResponse response = get("/api/v1/notifications/" + id, TestIdentities.forAccount(me.getId()));

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body().get("id").asString()).isEqualTo(Long.toString(id));
		assertThat(response.body().get("type").asString()).isEqualTo("follow");
		assertThat(response.body().get("account").get("id").asString()).isEqualTo(Long.toString(follower.getId()));
	}

	@Test
	void someoneElsesUnknownOrMalformedNotificationIsNotFound() {
		Account owner = newAccount();
		this.notifications.add(owner.getId(), NotificationType.FOLLOW, newAccount().getId(), null);
		long id = storedIds(owner.getId()).getFirst();
		String stranger = TestIdentities.forAccount(newId());

		assertNotFound(get("/api/v1/notifications/" + id, stranger));
		assertNotFound(get("/api/v1/notifications/" + newId(), stranger));
		assertNotFound(get("/api/v1/notifications/abc", stranger));
		assertNotFound(get("/api/v1/notifications/99999999999999999999", stranger));
	}

	@Test
	void notificationAboutADeletedStatusIsNotFound() {
		Account me = newAccount();
		Account author = newAccount();
		Status status = this.posts.write(newId(), author, Visibility.VISIBILITY_PUBLIC, me);
		this.notifications.add(me.getId(), NotificationType.MENTION, author.getId(), status.getId());
		long id = storedIds(me.getId()).getFirst();
		this.posts.delete(status.getId());

		assertNotFound(get("/api/v1/notifications/" + id, TestIdentities.forAccount(me.getId())));
	}

	@Test
	void dismissRemovesOneNotification() {
		Account me = newAccount();
		this.notifications.add(me.getId(), NotificationType.FOLLOW, newAccount().getId(), null);
		this.notifications.add(me.getId(), NotificationType.FOLLOW, newAccount().getId(), null);
		List<Long> ids = storedIds(me.getId());
		String token = TestIdentities.forAccount(me.getId());

		ServiceResponse response = post("/api/v1/notifications/" + ids.getFirst() + "/dismiss", token);

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body().isObject()).isTrue();
		assertThat(response.body().size()).isZero();
		assertThat(storedIds(me.getId())).containsExactly(ids.getLast());
		assertNotFound(post("/api/v1/notifications/" + ids.getFirst() + "/dismiss", token));
	}

	@Test
	void dismissingSomeoneElsesUnknownOrMalformedNotificationIsNotFoundAndChangesNothing() {
		Account owner = newAccount();
		this.notifications.add(owner.getId(), NotificationType.FOLLOW, newAccount().getId(), null);
		List<Long> ids = storedIds(owner.getId());
		String stranger = TestIdentities.forAccount(newId());

		assertNotFound(post("/api/v1/notifications/" + ids.getFirst() + "/dismiss", stranger));
		assertNotFound(post("/api/v1/notifications/" + newId() + "/dismiss", stranger));
		assertNotFound(post("/api/v1/notifications/abc/dismiss", stranger));

		assertThat(storedIds(owner.getId())).isEqualTo(ids);
	}

	@Test
	void clearRemovesAllOfOnesOwnNotificationsAndNobodyElses() {
		Account me = newAccount();
		Account other = newAccount();
		this.notifications.add(me.getId(), NotificationType.FOLLOW, newAccount().getId(), null);
		this.notifications.add(me.getId(), NotificationType.FOLLOW, newAccount().getId(), null);
		this.notifications.add(other.getId(), NotificationType.FOLLOW, me.getId(), null);

		ServiceResponse response = post("/api/v1/notifications/clear", TestIdentities.forAccount(me.getId()));

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body().isObject()).isTrue();
		assertThat(response.body().size()).isZero();
		assertThat(storedIds(me.getId())).isEmpty();
		assertThat(storedIds(other.getId())).hasSize(1);
	}

	@Test
	void everyEndpointRefusesAMissingOrForgedIdentity() {
		Account me = newAccount();
		this.notifications.add(me.getId(), NotificationType.FOLLOW, newAccount().getId(), null);
		long id = storedIds(me.getId()).getFirst();
		String forged = TestIdentities.forged(me.getId());

		for (String identity : new String[] { null, forged }) {
			assertUnauthorized(get("/api/v1/notifications", identity));
			assertUnauthorized(get("/api/v1/notifications/" + id, identity));
			assertUnauthorized(post("/api/v1/notifications/" + id + "/dismiss", identity));
			assertUnauthorized(post("/api/v1/notifications/clear", identity));
		}
		assertThat(storedIds(me.getId())).containsExactly(id);
	}

	@Test
	void readsNeedTheReadScopeAndChangesTheWriteScope() {
		Account me = newAccount();
		this.notifications.add(me.getId(), NotificationType.FOLLOW, newAccount().getId(), null);
		long id = storedIds(me.getId()).getFirst();
		String writeOnly = TestIdentities.forAccount(me.getId(), "write");
		String readOnly = TestIdentities.forAccount(me.getId(), "read:notifications");

		assertForbidden(get("/api/v1/notifications", writeOnly));
		assertForbidden(get("/api/v1/notifications/" + id, writeOnly));
		assertForbidden(post("/api/v1/notifications/" + id + "/dismiss", readOnly));
		assertForbidden(post("/api/v1/notifications/clear", readOnly));
		assertThat(storedIds(me.getId())).containsExactly(id);

		assertThat(get("/api/v1/notifications", readOnly).status()).isEqualTo(200);
		assertThat(post("/api/v1/notifications/" + id + "/dismiss",
				TestIdentities.forAccount(me.getId(), "write:notifications"))
			.status()).isEqualTo(200);
	}

	@Test
	void anApplicationTokenWithoutAnAccountIsRefused() {
		String app = TestIdentities.forApplication(newId());

		ServiceResponse response = get("/api/v1/notifications", app);

		assertThat(response.status()).isEqualTo(422);
		assertThat(response.body().get("error").asString()).isEqualTo("This method requires an authenticated user");
	}

	@Test
	void malformedCursorsAndAccountFilterAreBadRequests() {
		String token = TestIdentities.forAccount(newId());

		for (String query : List.of("max_id=abc", "since_id=1x", "min_id=-", "limit=many", "account_id=bob")) {
			ServiceResponse response = get("/api/v1/notifications?" + query, token);
			assertThat(response.status()).as(query).isEqualTo(400);
			assertThat(response.body().get("error").asString()).as(query).startsWith("Invalid value for");
		}
	}

	@Test
	void listingWhileUsersIsDownIsServiceUnavailable() {
		Account me = newAccount();
		this.notifications.add(me.getId(), NotificationType.FOLLOW, newAccount().getId(), null);
		this.users.setUnavailable(true);
		try {
			ServiceResponse response = get("/api/v1/notifications", TestIdentities.forAccount(me.getId()));

			assertThat(response.status()).isEqualTo(503);
			assertThat(response.body().get("error").asString()).isNotBlank();
		}
		finally {
			this.users.setUnavailable(false);
		}
	}

	@Test
	void favouriteShowsTheLikedStatusWithItsCountAndTheViewersLike() {
		Account me = newAccount();
		Account liker = newAccount();
		Status mine = this.posts.write(newId(), me, Visibility.VISIBILITY_PUBLIC);
		this.interactions.like(liker.getId(), mine.getId());
		this.interactions.like(me.getId(), mine.getId());
		this.interactions.like(newId(), mine.getId());
		this.notifications.add(me.getId(), NotificationType.FAVOURITE, liker.getId(), mine.getId());
		int calls = this.interactions.calls();

		ServiceResponse response = get("/api/v1/notifications", TestIdentities.forAccount(me.getId()));

		assertThat(response.status()).isEqualTo(200);
		JsonNode favourite = response.body().get(0);
		assertThat(favourite.get("type").asString()).isEqualTo("favourite");
		assertThat(favourite.get("account").get("id").asString()).isEqualTo(Long.toString(liker.getId()));
		assertThat(favourite.get("status").get("id").asString()).isEqualTo(Long.toString(mine.getId()));
		assertThat(favourite.get("status").get("favourites_count").asLong()).isEqualTo(3);
		assertThat(favourite.get("status").get("favourited").asBoolean()).isTrue();
		assertThat(this.interactions.calls()).isEqualTo(calls + 1);
	}

	@Test
	void statusesShowNoLikesWhileInteractionsIsDown() {
		Account me = newAccount();
		Account liker = newAccount();
		Status mine = this.posts.write(newId(), me, Visibility.VISIBILITY_PUBLIC);
		this.interactions.like(liker.getId(), mine.getId());
		this.interactions.like(me.getId(), mine.getId());
		this.notifications.add(me.getId(), NotificationType.FAVOURITE, liker.getId(), mine.getId());
		this.interactions.setUnavailable(true);
		try {
			ServiceResponse response = get("/api/v1/notifications", TestIdentities.forAccount(me.getId()));

			assertThat(response.status()).isEqualTo(200);
			JsonNode status = response.body().get(0).get("status");
			assertThat(status.get("favourites_count").asLong()).isZero();
			assertThat(status.get("favourited").asBoolean()).isFalse();
		}
		finally {
			this.interactions.setUnavailable(false);
		}
	}

	@Test
	void favouritesCanBeSelectedOrExcludedByType() {
		Account me = newAccount();
		Account liker = newAccount();
		Status mine = this.posts.write(newId(), me, Visibility.VISIBILITY_PUBLIC);
		this.notifications.add(me.getId(), NotificationType.FAVOURITE, liker.getId(), mine.getId());
		this.notifications.add(me.getId(), NotificationType.FOLLOW, liker.getId(), null);
		String token = TestIdentities.forAccount(me.getId());

		assertThat(get("/api/v1/notifications?types[]=favourite", token).values("type")).containsExactly("favourite");
		assertThat(get("/api/v1/notifications?exclude_types[]=favourite", token).values("type"))
			.containsExactly("follow");
	}

	@Test
	void unreadCountCountsWhatIsNewerThanTheNotificationsMarker() {
		Account me = newAccount();
		String token = TestIdentities.forAccount(me.getId());
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			ids.add(this.notifications.add(me.getId(), NotificationType.FOLLOW, newId(), null).orElseThrow().id());
		}
		Status mine = this.posts.write(newId(), me, Visibility.VISIBILITY_PUBLIC);
		this.notifications.add(me.getId(), NotificationType.FAVOURITE, newId(), mine.getId());

		assertThat(get("/api/v1/notifications/unread_count", token).body().get("count").asInt()).isEqualTo(6);

		post("/api/v1/markers", "application/x-www-form-urlencoded", "notifications[last_read_id]=" + ids.get(2),
				token);

		assertThat(get("/api/v1/notifications/unread_count", token).body().get("count").asInt()).isEqualTo(3);
		assertThat(get("/api/v1/notifications/unread_count?types[]=follow", token).body().get("count").asInt())
			.isEqualTo(2);
		assertThat(get("/api/v1/notifications/unread_count?exclude_types[]=follow", token).body().get("count").asInt())
			.isEqualTo(1);
		assertThat(get("/api/v1/notifications/unread_count?limit=2", token).body().get("count").asInt()).isEqualTo(2);
		assertThat(get("/api/v1/notifications/unread_count?limit=5000", token).body().get("count").asInt())
			.isEqualTo(3);
	}

	@Test
	void unreadCountStopsAtTheLimit() {
		Account me = newAccount();
		for (int i = 0; i < 105; i++) {
			this.notifications.add(me.getId(), NotificationType.FOLLOW, newId(), null);
		}
		String token = TestIdentities.forAccount(me.getId());

		assertThat(get("/api/v1/notifications/unread_count", token).body().get("count").asInt()).isEqualTo(100);
		assertThat(get("/api/v1/notifications/unread_count?limit=1000", token).body().get("count").asInt())
			.isEqualTo(105);
	}

	@Test
	void unreadCountRefusesBadInput() {
		assertThat(get("/api/v1/notifications/unread_count", null).status()).isEqualTo(401);
		ServiceResponse noScope = get("/api/v1/notifications/unread_count",
				TestIdentities.forAccount(newId(), "write"));
		assertForbidden(noScope);
		ServiceResponse badLimit = get("/api/v1/notifications/unread_count?limit=lots",
				TestIdentities.forAccount(newId()));
		assertThat(badLimit.status()).isEqualTo(400);
		assertThat(badLimit.error()).isEqualTo("Invalid value for limit: lots");
	}

	private List<Long> storedIds(long accountId) {
		return this.notifications.page(accountId, NotificationFilter.NONE, PageRequest.first(200))
			.stream()
			.map((notification) -> notification.id())
			.toList();
	}

	private static void assertNotFound(ServiceResponse response) {
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.body().get("error").asString()).isEqualTo("Record not found");
	}

	private static void assertUnauthorized(ServiceResponse response) {
		assertThat(response.status()).isEqualTo(401);
		assertThat(response.body().get("error").asString()).isEqualTo("The access token is invalid");
	}

	private static void assertForbidden(ServiceResponse response) {
		assertThat(response.status()).isEqualTo(403);
		assertThat(response.body().get("error").asString()).isNotBlank();
	}

}
