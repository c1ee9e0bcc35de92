package social.murmur.systemtests;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import social.murmur.systemtests.People.Person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One component down is not the service down: while notifications is stopped, people
 * still follow, post, reply and like; what happened meanwhile is delivered once it is
 * back, each notification once.
 */
class NotificationsOutageIT {

	@Test
	void whatHappensWhileNotificationsIsDownIsDeliveredOnceItIsBack() {
		Person alice = People.signUp("alice");
		Person bob = People.signUp("bob");
		String statusId = alice.client()
			.postForm("/api/v1/statuses", Map.of("status", "Before the outage"))
			.json()
			.get("id")
			.asString();

		SystemUnderTest.cluster().stopService("notifications");
		try {
			assertThat(bob.client().postForm("/api/v1/accounts/" + alice.id() + "/follow", Map.of()).status())
				.isEqualTo(200);
			assertThat(bob.client().postForm("/api/v1/statuses/" + statusId + "/favourite", Map.of()).status())
				.isEqualTo(200);
			ApiResponse reply = bob.client()
				.postJson("/api/v1/statuses",
						Map.of("status", "@" + alice.username() + " still here", "in_reply_to_id", statusId));
			assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
			assertThat(alice.client().postForm("/api/v1/statuses", Map.of("status", "During the outage")).status())
				.isEqualTo(200);
			// Reading notifications meanwhile is a clear 503, not a 500.
			assertThat(alice.client().get("/api/v1/notifications").status()).isEqualTo(503);
		}
		finally {
			SystemUnderTest.cluster().startService("notifications");
		}

		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			ApiResponse notifications = alice.client().get("/api/v1/notifications");
			assertThat(notifications.status()).isEqualTo(200);
			assertThat(notifications.json().valueStream().map((notification) -> notification.get("type").asString()))
				.containsExactlyInAnyOrder("mention", "favourite", "follow");
		});
	}

}
