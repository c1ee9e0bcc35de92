package social.murmur.posts.account.messaging;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.utils.ContainerTestUtils;
import social.murmur.contracts.Topics;
import social.murmur.contracts.events.v1.AccountUpdated;
import social.murmur.contracts.users.v1.Account;
import social.murmur.posts.account.Accounts;
import social.murmur.posts.support.PostsIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Authors embedded in statuses come from a short-lived cache that AccountUpdated evicts.
 */
class AccountCacheIT extends PostsIntegrationTest {

	@Autowired
	private KafkaTemplate<String, byte[]> kafka;

	@Autowired
	private KafkaListenerEndpointRegistry listeners;

	@Autowired
	private Accounts accounts;

	@Test
	void evictsAnAuthorWhenTheAccountIsUpdated() throws Exception {
		Account alice = this.users.register("alice");
		String id = post(alice, "hello").get("id").asString();
		assertThat(displayName(id)).isEqualTo("Alice");

		this.users.rename(alice.getId(), "Alice Liddell");
		assertThat(displayName(id)).as("still cached").isEqualTo("Alice");

		ContainerTestUtils.waitForAssignment(this.listeners.getListenerContainer(AccountUpdatedListener.ID), 6);
		this.kafka
			.send(Topics.ACCOUNT_UPDATED, Long.toString(alice.getId()),
					AccountUpdated.newBuilder().setEventId(1).setAccountId(alice.getId()).build().toByteArray())
			.get();
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(displayName(id)).isEqualTo("Alice Liddell"));
	}

	@Test
	void loadsTheAuthorsOfAPageInOneCall() {
		List<Account> authors = List.of(this.users.register("ann"), this.users.register("ben"),
				this.users.register("cat"));
		String marker = post(authors.get(0), "marker").get("id").asString();
		for (Account author : authors) {
			post(author, "one");
			post(author, "two");
		}
		authors.forEach((author) -> this.accounts.evict(author.getId()));

		long before = this.users.getAccountsCalls();
		Response timeline = get("/api/v1/timelines/public?min_id=" + marker, null);
		assertThat(timeline.body()).hasSize(6);
		assertThat(this.users.getAccountsCalls() - before).isEqualTo(1);
		get("/api/v1/timelines/public?min_id=" + marker, null);
		assertThat(this.users.getAccountsCalls() - before).as("served from the cache").isEqualTo(1);
	}

	private String displayName(String statusId) {
		return get("/api/v1/statuses/" + statusId, null).body().get("account").get("display_name").asString();
	}

}
