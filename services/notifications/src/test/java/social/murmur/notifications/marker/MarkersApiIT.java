package social.murmur.notifications.marker;

import org.junit.jupiter.api.Test;
import social.murmur.notifications.support.IntegrationTestSupport;
import social.murmur.testsupport.ServiceResponse;
import social.murmur.testsupport.TestIdentities;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code /api/v1/markers} as a Mastodon client sees it. */
class MarkersApiIT extends IntegrationTestSupport {

	private static final String FORM = "application/x-www-form-urlencoded";

	private static final String JSON = "application/json";

	@Test
	void savesMarkersFromAFormAndReadsThemBack() {
		String token = TestIdentities.forAccount(newId());

		ServiceResponse saved = post("/api/v1/markers", FORM,
				"home[last_read_id]=103206604258487607&notifications[last_read_id]=35098814", token);

		assertThat(saved.status()).isEqualTo(200);
		assertThat(saved.body().get("home").get("last_read_id").asString()).isEqualTo("103206604258487607");
		assertThat(saved.body().get("home").get("version").asInt()).isZero();
		assertThat(saved.body().get("home").get("updated_at").asString())
			.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
		assertThat(saved.body().get("notifications").get("last_read_id").asString()).isEqualTo("35098814");

		ServiceResponse read = get("/api/v1/markers?timeline[]=home&timeline[]=notifications", token);

		assertThat(read.status()).isEqualTo(200);
		assertThat(read.body()).isEqualTo(saved.body());
	}

	@Test
	void readsOnlyTheAskedTimelinesThatHaveAMarker() {
		String token = TestIdentities.forAccount(newId());
		post("/api/v1/markers", JSON, "{\"notifications\":{\"last_read_id\":\"77\"}}", token);

		JsonNode both = get("/api/v1/markers?timeline[]=home&timeline[]=notifications", token).body();
		assertThat(both.propertyNames()).containsExactly("notifications");
		assertThat(get("/api/v1/markers?timeline[]=home", token).body().isEmpty()).isTrue();
		assertThat(get("/api/v1/markers", token).body().isEmpty()).isTrue();
		assertThat(get("/api/v1/markers?timeline=notifications", token).body()
			.get("notifications")
			.get("last_read_id")
			.asString()).isEqualTo("77");
	}

	@Test
	void versionCountsTheChanges() {
		String token = TestIdentities.forAccount(newId());

		post("/api/v1/markers", JSON, "{\"home\":{\"last_read_id\":\"10\"}}", token);
		post("/api/v1/markers", JSON, "{\"home\":{\"last_read_id\":20}}", token);
		ServiceResponse third = post("/api/v1/markers", FORM, "home[last_read_id]=30", token);
		ServiceResponse same = post("/api/v1/markers", FORM, "home[last_read_id]=30", token);

		assertThat(third.body().get("home").get("version").asInt()).isEqualTo(2);
		assertThat(same.body().get("home").get("version").asInt()).isEqualTo(2);
		assertThat(same.body().get("home").get("last_read_id").asString()).isEqualTo("30");
	}

	@Test
	void markersAreEachAccountsOwn() {
		String mine = TestIdentities.forAccount(newId());
		String theirs = TestIdentities.forAccount(newId());
		post("/api/v1/markers", FORM, "home[last_read_id]=5", mine);

		assertThat(get("/api/v1/markers?timeline[]=home", theirs).body().isEmpty()).isTrue();
	}

	@Test
	void badIdsAreRefusedAndNothingIsSaved() {
		String token = TestIdentities.forAccount(newId());
		post("/api/v1/markers", FORM, "home[last_read_id]=5", token);

		for (String body : new String[] { "home[last_read_id]=abc", "home[last_read_id]=", "home[last_read_id]=-4",
				"home[other]=1", "home[last_read_id]=9&notifications[last_read_id]=x" }) {
			ServiceResponse response = post("/api/v1/markers", FORM, body, token);
			assertThat(response.status()).as(body).isEqualTo(422);
			assertThat(response.error()).as(body).startsWith("Validation failed");
		}
		ServiceResponse json = post("/api/v1/markers", JSON, "{\"home\":{\"last_read_id\":{\"x\":1}}}", token);
		assertThat(json.status()).isEqualTo(422);
		ServiceResponse malformed = post("/api/v1/markers", JSON, "{\"home\":", token);
		assertThat(malformed.status()).isEqualTo(400);

		JsonNode home = get("/api/v1/markers?timeline[]=home", token).body().get("home");
		assertThat(home.get("last_read_id").asString()).isEqualTo("5");
		assertThat(home.get("version").asInt()).isZero();
	}

	@Test
	void unknownTimelinesAreIgnored() {
		String token = TestIdentities.forAccount(newId());

		ServiceResponse response = post("/api/v1/markers", FORM, "public[last_read_id]=5", token);

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body().isEmpty()).isTrue();
	}

	@Test
	void markersNeedAnAccountAndTheStatusesScopes() {
		assertThat(get("/api/v1/markers?timeline[]=home", null).status()).isEqualTo(401);
		assertThat(post("/api/v1/markers", FORM, "home[last_read_id]=5", null).status()).isEqualTo(401);
		assertThat(get("/api/v1/markers?timeline[]=home", TestIdentities.forged(newId())).status()).isEqualTo(401);
		assertThat(get("/api/v1/markers", TestIdentities.forApplication(newId())).status()).isEqualTo(422);
		assertThat(get("/api/v1/markers", TestIdentities.forAccount(newId(), "write")).status()).isEqualTo(403);
		assertThat(post("/api/v1/markers", FORM, "home[last_read_id]=5", TestIdentities.forAccount(newId(), "read"))
			.status()).isEqualTo(403);
		assertThat(get("/api/v1/markers", TestIdentities.forAccount(newId(), "read:statuses")).status()).isEqualTo(200);
		assertThat(post("/api/v1/markers", FORM, "home[last_read_id]=5",
				TestIdentities.forAccount(newId(), "write:statuses"))
			.status()).isEqualTo(200);
	}

}
