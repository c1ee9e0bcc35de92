package social.murmur.posts.timeline.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import social.murmur.contracts.users.v1.Account;
import social.murmur.posts.support.PostsIntegrationTest;
import social.murmur.testsupport.TestIdentities;

import static org.assertj.core.api.Assertions.assertThat;

class AccountStatusesIT extends PostsIntegrationTest {

	@Test
	void pagesThroughAnAccountsStatusesInBothDirectionsWithLinkHeaders() {
		Account alice = this.users.register("alice");
		List<String> posted = new ArrayList<>();
		for (int i = 1; i <= 5; i++) {
			posted.add(post(alice, "status " + i).get("id").asString());
		}
		String base = "/api/v1/accounts/" + alice.getId() + "/statuses";

		Response first = get(base + "?limit=2", null);
		assertThat(ids(first.body())).containsExactly(posted.get(4), posted.get(3));
		assertThat(first.link()).isEqualTo("<" + PUBLIC_URL + base + "?limit=2&max_id=" + posted.get(3)
				+ ">; rel=\"next\", <" + PUBLIC_URL + base + "?limit=2&min_id=" + posted.get(4) + ">; rel=\"prev\"");

		Response second = get(link(first, "next"), null);
		assertThat(ids(second.body())).containsExactly(posted.get(2), posted.get(1));
		Response third = get(link(second, "next"), null);
		assertThat(ids(third.body())).containsExactly(posted.get(0));
		Response end = get(link(third, "next"), null);
		assertThat(ids(end.body())).isEmpty();
		assertThat(end.link()).isNull();

		Response back = get(link(second, "prev"), null);
		assertThat(ids(back.body())).containsExactly(posted.get(4), posted.get(3));
		Response upFromOldest = get(base + "?limit=2&min_id=" + posted.get(0), null);
		assertThat(ids(upFromOldest.body())).containsExactly(posted.get(2), posted.get(1));
		Response newestSince = get(base + "?limit=2&since_id=" + posted.get(0), null);
		assertThat(ids(newestSince.body())).containsExactly(posted.get(4), posted.get(3));
	}

	@Test
	void clampsTheLimitToForty() {
		Account alice = this.users.register("alice");
		for (int i = 0; i < 42; i++) {
			post(alice, "n" + i);
		}
		Response response = get("/api/v1/accounts/" + alice.getId() + "/statuses?limit=1000", null);
		assertThat(response.body()).hasSize(40);
		assertThat(get("/api/v1/accounts/" + alice.getId() + "/statuses", null).body()).hasSize(20);
	}

	@Test
	void showsEachViewerOnlyWhatTheyMaySee() {
		Account alice = this.users.register("alice");
		Account follower = this.users.register("follower");
		Account mentioned = this.users.register("mentioned");
		this.users.follow(follower.getId(), alice.getId());
		String open = post(alice, "public").get("id").asString();
		String unlisted = post(alice, params("status", "unlisted", "visibility", "unlisted")).get("id").asString();
		String forFollowers = post(alice, params("status", "private", "visibility", "private")).get("id").asString();
		String direct = post(alice, params("status", "hi @" + mentioned.getUsername(), "visibility", "direct"))
			.get("id")
			.asString();
		String base = "/api/v1/accounts/" + alice.getId() + "/statuses";

		assertThat(ids(get(base, null).body())).containsExactly(unlisted, open);
		assertThat(ids(get(base, tokenFor(follower)).body())).containsExactly(forFollowers, unlisted, open);
		assertThat(ids(get(base, tokenFor(mentioned)).body())).containsExactly(direct, unlisted, open);
		assertThat(ids(get(base, tokenFor(alice)).body())).containsExactly(direct, forFollowers, unlisted, open);
	}

	@Test
	void leavesOutRepliesToOthersButKeepsThreadsWhenAsked() {
		Account alice = this.users.register("alice");
		Account bob = this.users.register("bob");
		String bobs = post(bob, "bob's").get("id").asString();
		String first = post(alice, "thread 1/2").get("id").asString();
		String second = post(alice, params("status", "thread 2/2", "in_reply_to_id", first)).get("id").asString();
		String reply = post(alice, params("status", "reply to bob", "in_reply_to_id", bobs)).get("id").asString();
		String base = "/api/v1/accounts/" + alice.getId() + "/statuses";

		assertThat(ids(get(base, null).body())).containsExactly(reply, second, first);
		assertThat(ids(get(base + "?exclude_replies=true", null).body())).containsExactly(second, first);
	}

	@Test
	void filtersByHashtag() {
		Account alice = this.users.register("alice");
		String tagged = post(alice, "about #Cats").get("id").asString();
		post(alice, "about #dogs");
		String base = "/api/v1/accounts/" + alice.getId() + "/statuses";
		assertThat(ids(get(base + "?tagged=cats", null).body())).containsExactly(tagged);
		assertThat(ids(get(base + "?tagged=%23CATS", null).body())).containsExactly(tagged);
		assertThat(ids(get(base + "?tagged=birds", null).body())).isEmpty();
		assertThat(ids(get(base + "?tagged=%00", null).body())).isEmpty();
	}

	@Test
	void hasNoPinnedStatusesAndLeavesTextOnlyStatusesOutOfOnlyMedia() {
		Account alice = this.users.register("alice");
		post(alice, "text only");
		String base = "/api/v1/accounts/" + alice.getId() + "/statuses";
		assertThat(ids(get(base + "?pinned=true", null).body())).isEmpty();
		assertThat(ids(get(base + "?only_media=true", null).body())).isEmpty();
		assertThat(ids(get(base + "?exclude_reblogs=true", null).body())).hasSize(1);
	}

	@Test
	void answersNotFoundForUnknownAndMalformedAccounts() {
		assertThat(get("/api/v1/accounts/424242424242/statuses", null).status()).isEqualTo(404);
		Response malformed = get("/api/v1/accounts/alice/statuses", null);
		assertThat(malformed.status()).isEqualTo(404);
		assertThat(malformed.error()).isNotBlank();
	}

	@Test
	void refusesMalformedParameters() {
		Account alice = this.users.register("alice");
		String base = "/api/v1/accounts/" + alice.getId() + "/statuses";
		Response badCursor = get(base + "?max_id=yesterday", null);
		assertThat(badCursor.status()).isEqualTo(400);
		assertThat(badCursor.error()).isNotBlank();
		Response badFlag = get(base + "?exclude_replies=maybe", null);
		assertThat(badFlag.status()).isEqualTo(400);
		assertThat(badFlag.error()).isNotBlank();
		assertThat(get(base, TestIdentities.forged(alice.getId())).status()).isEqualTo(401);
	}

	/** The path and query of the given relation in the Link header. */
	private static String link(Response response, String rel) {
		Matcher matcher = Pattern.compile("<([^>]+)>; rel=\"" + rel + "\"").matcher(response.link());
		assertThat(matcher.find()).isTrue();
		return matcher.group(1).substring(PUBLIC_URL.length());
	}

}
