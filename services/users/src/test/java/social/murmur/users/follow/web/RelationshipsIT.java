package social.murmur.users.follow.web;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import social.murmur.contracts.Topics;
import social.murmur.contracts.events.v1.AccountFollowed;
import social.murmur.contracts.events.v1.AccountUnfollowed;
import social.murmur.testsupport.TestIdentities;
import social.murmur.users.Events;
import social.murmur.users.UsersIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class RelationshipsIT extends UsersIntegrationTest {

	@Test
	void followingMakesARelationshipAndMovesBothCounters() {
		long alice = newAccount().getId();
		long bob = newAccount().getId();
		Response response = post("/api/v1/accounts/" + bob + "/follow", TestIdentities.forAccount(alice));
		assertThat(response.status()).isEqualTo(200);
		JsonNode relationship = response.json();
		assertThat(relationship.get("id").asString()).isEqualTo(Long.toString(bob));
		assertThat(relationship.get("following").asBoolean()).isTrue();
		assertThat(relationship.get("showing_reblogs").asBoolean()).isTrue();
		assertThat(relationship.get("notifying").asBoolean()).isFalse();
		assertThat(relationship.get("languages").isNull()).isTrue();
		assertThat(relationship.get("followed_by").asBoolean()).isFalse();
		for (String field : List.of("blocking", "blocked_by", "muting", "muting_notifications", "requested",
				"requested_by", "domain_blocking", "endorsed")) {
			assertThat(relationship.get(field).asBoolean()).as(field).isFalse();
		}
		assertThat(relationship.get("muting_expires_at").isNull()).isTrue();
		assertThat(relationship.get("note").asString()).isEmpty();
		assertCounts(alice, 0, 1);
		assertCounts(bob, 1, 0);
	}

	@Test
	void followingAgainUpdatesTheOptionsButCountsAndPublishesOnce() {
		long alice = newAccount().getId();
		long bob = newAccount().getId();
		long carol = newAccount().getId();
		String token = TestIdentities.forAccount(alice);
		assertThat(post("/api/v1/accounts/" + bob + "/follow", token).status()).isEqualTo(200);
		Response again = send("POST", "/api/v1/accounts/" + bob + "/follow", token, "application/x-www-form-urlencoded",
				"notify=true&reblogs=false&languages%5B%5D=en&languages%5B%5D=ru");
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json().get("notifying").asBoolean()).isTrue();
		assertThat(again.json().get("showing_reblogs").asBoolean()).isFalse();
		assertThat(again.json().get("languages").toString()).isEqualTo("[\"en\",\"ru\"]");
		Response third = post("/api/v1/accounts/" + bob + "/follow", token);
		assertThat(third.json().get("notifying").asBoolean()).as("options given before are kept").isTrue();
		assertCounts(alice, 0, 1);
		assertCounts(bob, 1, 0);
		// A later follow by the same account is published after the first one, on the
		// same partition: once it is seen, any repeat of the first would have been too.
		post("/api/v1/accounts/" + carol + "/follow", token);
		var events = Events.readUntil(Topics.ACCOUNT_FOLLOWED, AccountFollowed::parseFrom,
				(event) -> event.getFollowerId() == alice && event.getFolloweeId() == bob,
				(event) -> event.getFollowerId() == alice && event.getFolloweeId() == carol, Duration.ofSeconds(30));
		assertThat(events).hasSize(1);
		assertThat(events.getFirst().key()).isEqualTo(Long.toString(alice));
		assertThat(events.getFirst().event().getNotify()).isFalse();
	}

	@Test
	void followWithNotifyPublishesIt() {
		long alice = newAccount().getId();
		long bob = newAccount().getId();
		send("POST", "/api/v1/accounts/" + bob + "/follow", TestIdentities.forAccount(alice), "application/json",
				"{\"notify\": true}");
		var events = Events.readUntilFound(Topics.ACCOUNT_FOLLOWED, AccountFollowed::parseFrom,
				(event) -> event.getFollowerId() == alice && event.getFolloweeId() == bob);
		assertThat(events).singleElement().satisfies((keyed) -> assertThat(keyed.event().getNotify()).isTrue());
	}

	@Test
	void unfollowingEndsTheFollowMovesCountersBackAndPublishesOnce() {
		long alice = newAccount().getId();
		long bob = newAccount().getId();
		String token = TestIdentities.forAccount(alice);
		post("/api/v1/accounts/" + bob + "/follow", token);
		Response response = post("/api/v1/accounts/" + bob + "/unfollow", token);
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("following").asBoolean()).isFalse();
		assertThat(response.json().get("notifying").asBoolean()).isFalse();
		assertCounts(alice, 0, 0);
		assertCounts(bob, 0, 0);
		Response again = post("/api/v1/accounts/" + bob + "/unfollow", token);
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json().get("following").asBoolean()).isFalse();
		assertCounts(bob, 0, 0);
		var events = Events.readUntilFound(Topics.ACCOUNT_UNFOLLOWED, AccountUnfollowed::parseFrom,
				(event) -> event.getFollowerId() == alice && event.getFolloweeId() == bob);
		assertThat(events).singleElement()
			.satisfies((keyed) -> assertThat(keyed.key()).isEqualTo(Long.toString(alice)));
	}

	@Test
	void unfollowingSomeoneNotFollowedPublishesNothing() {
		long alice = newAccount().getId();
		long bob = newAccount().getId();
		long carol = newAccount().getId();
		String token = TestIdentities.forAccount(alice);
		assertThat(post("/api/v1/accounts/" + bob + "/unfollow", token).status()).isEqualTo(200);
		post("/api/v1/accounts/" + carol + "/follow", token);
		post("/api/v1/accounts/" + carol + "/unfollow", token);
		var events = Events.readUntil(Topics.ACCOUNT_UNFOLLOWED, AccountUnfollowed::parseFrom,
				(event) -> event.getFollowerId() == alice,
				(event) -> event.getFollowerId() == alice && event.getFolloweeId() == carol, Duration.ofSeconds(30));
		assertThat(events).extracting((keyed) -> keyed.event().getFolloweeId()).containsExactly(carol);
	}

	@Test
	void followingYourselfIsForbiddenAndChangesNothing() {
		long alice = newAccount().getId();
		Response response = post("/api/v1/accounts/" + alice + "/follow", TestIdentities.forAccount(alice));
		assertThat(response.status()).isEqualTo(403);
		assertThat(response.error()).isEqualTo("Following your own account is not allowed");
		assertCounts(alice, 0, 0);
		assertThat(this.jdbc.sql("select count(*) from follows where follower_id = ?")
			.param(alice)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void followingOrUnfollowingAnUnknownAccountIsNotFound() {
		long alice = newAccount().getId();
		String token = TestIdentities.forAccount(alice);
		for (String path : List.of("/api/v1/accounts/987654321987/follow", "/api/v1/accounts/987654321987/unfollow",
				"/api/v1/accounts/abc/follow", "/api/v1/accounts/abc/unfollow")) {
			Response response = post(path, token);
			assertThat(response.status()).as(path).isEqualTo(404);
			assertThat(response.error()).isEqualTo("Record not found");
		}
		assertCounts(alice, 0, 0);
	}

	@Test
	void followNeedsAGenuineIdentityWithAFollowScope() {
		long alice = newAccount().getId();
		long bob = newAccount().getId();
		String path = "/api/v1/accounts/" + bob + "/follow";
		assertThat(post(path, null).status()).isEqualTo(401);
		assertThat(post(path, TestIdentities.forged(alice)).status()).isEqualTo(401);
		assertThat(post(path, TestIdentities.forAccount(alice, "read")).status()).isEqualTo(403);
		assertThat(post("/api/v1/accounts/" + bob + "/unfollow", TestIdentities.forAccount(alice, "read")).status())
			.isEqualTo(403);
		assertCounts(bob, 0, 0);
		assertThat(post(path, TestIdentities.forAccount(alice, "write:follows")).status()).isEqualTo(200);
		long carol = newAccount().getId();
		assertThat(post("/api/v1/accounts/" + carol + "/follow", TestIdentities.forAccount(alice, "follow")).status())
			.isEqualTo(200);
	}

	@Test
	void anApplicationTokenWithoutAnAccountCannotFollow() {
		long bob = newAccount().getId();
		Response response = post("/api/v1/accounts/" + bob + "/follow", TestIdentities.forApplication(1));
		assertThat(response.status()).isEqualTo(403);
		assertCounts(bob, 0, 0);
	}

	@Test
	void refusesBadFollowParameters() {
		long alice = newAccount().getId();
		long bob = newAccount().getId();
		String token = TestIdentities.forAccount(alice);
		String path = "/api/v1/accounts/" + bob + "/follow";
		Response badBoolean = send("POST", path, token, "application/json", "{\"notify\": \"sometimes\"}");
		assertThat(badBoolean.status()).isEqualTo(422);
		assertThat(badBoolean.error()).isEqualTo("Validation failed: Notify is not a boolean");
		Response badLanguage = send("POST", path, token, "application/json", "{\"languages\": [\"english\"]}");
		assertThat(badLanguage.status()).isEqualTo(422);
		Response malformed = send("POST", path, token, "application/json", "{\"notify\": ");
		assertThat(malformed.status()).isEqualTo(400);
		assertCounts(bob, 0, 0);
	}

	@Test
	void relationshipsReportBothDirectionsInTheOrderAsked() {
		long alice = newAccount().getId();
		long bob = newAccount().getId();
		long carol = newAccount().getId();
		post("/api/v1/accounts/" + bob + "/follow", TestIdentities.forAccount(alice));
		post("/api/v1/accounts/" + alice + "/follow", TestIdentities.forAccount(carol));
		Response response = get("/api/v1/accounts/relationships?id[]=" + carol + "&id[]=" + bob + "&id[]=987654321987"
				+ "&id[]=nope&id[]=" + bob, TestIdentities.forAccount(alice));
		assertThat(response.status()).isEqualTo(200);
		JsonNode json = response.json();
		assertThat(json.size()).isEqualTo(2);
		assertThat(json.get(0).get("id").asString()).isEqualTo(Long.toString(carol));
		assertThat(json.get(0).get("following").asBoolean()).isFalse();
		assertThat(json.get(0).get("followed_by").asBoolean()).isTrue();
		assertThat(json.get(1).get("id").asString()).isEqualTo(Long.toString(bob));
		assertThat(json.get(1).get("following").asBoolean()).isTrue();
		assertThat(json.get(1).get("followed_by").asBoolean()).isFalse();
		Response single = get("/api/v1/accounts/relationships?id=" + bob, TestIdentities.forAccount(alice));
		assertThat(single.json().size()).isEqualTo(1);
		assertThat(single.json().get(0).get("following").asBoolean()).isTrue();
		assertThat(get("/api/v1/accounts/relationships", TestIdentities.forAccount(alice)).json().size()).isZero();
	}

	@Test
	void relationshipsNeedAGenuineIdentity() {
		long alice = newAccount().getId();
		assertThat(get("/api/v1/accounts/relationships?id[]=" + alice, null).status()).isEqualTo(401);
		assertThat(get("/api/v1/accounts/relationships?id[]=" + alice, TestIdentities.forged(alice)).status())
			.isEqualTo(401);
		assertThat(
				get("/api/v1/accounts/relationships?id[]=" + alice, TestIdentities.forAccount(alice, "write")).status())
			.isEqualTo(403);
		assertThat(get("/api/v1/accounts/relationships?id[]=" + alice, TestIdentities.forApplication(1)).status())
			.isEqualTo(422);
	}

	private void assertCounts(long id, long followers, long following) {
		JsonNode json = get("/api/v1/accounts/" + id, null).json();
		assertThat(json.get("followers_count").asLong()).as("followers of %s", id).isEqualTo(followers);
		assertThat(json.get("following_count").asLong()).as("following of %s", id).isEqualTo(following);
	}

}
