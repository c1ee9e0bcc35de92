package social.murmur.systemtests;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import social.murmur.systemtests.People.Person;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Client mistakes, sent through the gateway as a client would send them, get a clear
 * {@code {"error": ...}} with a 4xx and change nothing. None produces a 5xx.
 */
class BadInputIT {

	@Test
	void malformedOrOverlongStatusesAreRefusedWithAnErrorBody() {
		Person erin = People.signUp("erin");
		ApiResponse malformed = erin.client()
			.postRaw("/api/v1/statuses", "application/json",
					"{\"status\": \"unterminated".getBytes(StandardCharsets.UTF_8));
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.error()).isNotBlank();

		ApiResponse notUtf8 = erin.client()
			.postRaw("/api/v1/statuses", "application/json",
					new byte[] { '{', '"', 's', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}' });
		assertThat(notUtf8.status()).isBetween(400, 422);

		assertThat(erin.client().postJson("/api/v1/statuses", Map.of("status", "x".repeat(500))).status())
			.isEqualTo(200);
		ApiResponse tooLong = erin.client().postJson("/api/v1/statuses", Map.of("status", "x".repeat(501)));
		assertThat(tooLong.status()).isEqualTo(422);
		assertThat(tooLong.error()).contains("500");

		ApiResponse blank = erin.client().postJson("/api/v1/statuses", Map.of("status", "   "));
		assertThat(blank.status()).isEqualTo(422);
		ApiResponse badVisibility = erin.client()
			.postJson("/api/v1/statuses", Map.of("status", "hi", "visibility", "everyone"));
		assertThat(badVisibility.status()).isEqualTo(422);

		assertThat(erin.client().get("/api/v1/accounts/" + erin.id() + "/statuses").ids()).hasSize(1);
	}

	@Test
	void unknownAndMalformedIdsAreNotFound() {
		Person frank = People.signUp("frank");
		for (String path : new String[] { "/api/v1/statuses/999999999999", "/api/v1/statuses/not-a-number",
				"/api/v1/accounts/999999999999", "/api/v1/accounts/abc", "/api/v1/notifications/12345",
				"/api/v1/no/such/endpoint" }) {
			ApiResponse response = frank.client().get(path);
			assertThat(response.status()).as(path).isEqualTo(404);
			assertThat(response.error()).as(path).isNotBlank();
		}
		assertThat(frank.client().postJson("/api/v1/accounts/999999999999/follow", Map.of()).status()).isEqualTo(404);
	}

	@Test
	void missingForgedOrClientSuppliedIdentitiesAreUnauthorized() {
		assertThat(MastodonClient.anonymous().get("/api/v1/timelines/home").status()).isEqualTo(401);
		assertThat(MastodonClient.anonymous().get("/api/v1/accounts/verify_credentials").status()).isEqualTo(401);
		ApiResponse forged = MastodonClient.anonymous().withToken("not-a-real-token").get("/api/v1/timelines/home");
		assertThat(forged.status()).isEqualTo(401);
		assertThat(forged.error()).isNotBlank();
		// A client cannot smuggle in the gateway's internal identity header.
		ApiResponse smuggled = MastodonClient.anonymous()
			.send(MastodonClient.anonymous()
				.request("/api/v1/timelines/home")
				.header("X-Murmur-Identity", "eyJhbGciOi.fake.sig")
				.GET());
		assertThat(smuggled.status()).isEqualTo(401);
	}

	@Test
	void nobodyCanActOnSomeoneElsesThings() {
		Person grace = People.signUp("grace");
		Person heidi = People.signUp("heidi");
		String status = grace.client()
			.postJson("/api/v1/statuses", Map.of("status", "mine"))
			.json()
			.get("id")
			.asString();

		ApiResponse delete = heidi.client().delete("/api/v1/statuses/" + status);
		assertThat(delete.status()).isIn(403, 404);
		assertThat(heidi.client().get("/api/v1/statuses/" + status).status()).isEqualTo(200);

		ApiResponse followSelf = grace.client().postJson("/api/v1/accounts/" + grace.id() + "/follow", Map.of());
		assertThat(followSelf.status()).isBetween(400, 499);
		assertThat(grace.client().get("/api/v1/accounts/" + grace.id()).json().get("following_count").asLong())
			.isZero();
	}

	@Test
	void signUpsWithTakenNamesOrMissingFieldsAreRefused() {
		Person ivan = People.signUp("ivan");
		ApiResponse takenName = People.app()
			.client()
			.postForm("/api/v1/accounts", Map.of("username", ivan.username(), "email", "other-" + ivan.email(),
					"password", "long enough password", "agreement", "true"));
		assertThat(takenName.status()).isEqualTo(422);
		assertThat(takenName.error()).containsIgnoringCase("username");

		ApiResponse takenEmail = People.app()
			.client()
			.postForm("/api/v1/accounts", Map.of("username", "x" + ivan.username(), "email", ivan.email().toUpperCase(),
					"password", "long enough password", "agreement", "true"));
		assertThat(takenEmail.status()).isEqualTo(422);

		ApiResponse missing = People.app().client().postForm("/api/v1/accounts", Map.of("username", "nobody_here"));
		assertThat(missing.status()).isEqualTo(422);
		assertThat(missing.error()).isNotBlank();

		ApiResponse withoutAppToken = MastodonClient.anonymous()
			.postForm("/api/v1/accounts", Map.of("username", "someone", "email", "someone@example.com", "password",
					"long enough password", "agreement", "true"));
		assertThat(withoutAppToken.status()).isEqualTo(401);
	}

}
