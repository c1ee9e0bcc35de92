package social.murmur.users.account.web;

import org.junit.jupiter.api.Test;
import social.murmur.testsupport.TestIdentities;
import social.murmur.users.UsersIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class AccountsIT extends UsersIntegrationTest {

	@Test
	void anyoneCanReadAnAccount() {
		long id = newAccount().getId();
		Response response = get("/api/v1/accounts/" + id, null);
		assertThat(response.status()).isEqualTo(200);
		JsonNode json = response.json();
		assertThat(json.get("id").asString()).isEqualTo(Long.toString(id));
		assertThat(json.get("acct").asString()).isEqualTo("user" + id);
		assertThat(json.get("followers_count").asLong()).isZero();
		assertThat(json.get("last_status_at").isNull()).isTrue();
		assertThat(json.get("emojis").isArray()).isTrue();
		assertThat(json.has("source")).isFalse();
		assertThat(get("/api/v1/accounts/" + id, TestIdentities.forAccount(nextId())).status()).isEqualTo(200);
	}

	@Test
	void unknownOrMalformedAccountIdsAreNotFound() {
		Response unknown = get("/api/v1/accounts/987654321987", null);
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.error()).isEqualTo("Record not found");
		assertThat(get("/api/v1/accounts/not-a-number", null).status()).isEqualTo(404);
		assertThat(get("/api/v1/accounts/99999999999999999999999", null).status()).isEqualTo(404);
		assertThat(get("/api/v1/accounts/-1", null).status()).isEqualTo(404);
	}

	@Test
	void aForgedIdentityIsRefusedEvenOnPublicEndpoints() {
		long id = newAccount().getId();
		assertThat(get("/api/v1/accounts/" + id, TestIdentities.forged(id)).status()).isEqualTo(401);
	}

	@Test
	void lookupFindsLocalAccountsByNameOrAddress() {
		long id = nextId();
		newAccount(id, "Heidi" + id);
		for (String acct : new String[] { "heidi" + id, "@Heidi" + id, "heidi" + id + "@murmur.test",
				"@HEIDI" + id + "@Murmur.Test" }) {
			Response response = get("/api/v1/accounts/lookup?acct=" + acct, null);
			assertThat(response.status()).as(acct).isEqualTo(200);
			assertThat(response.json().get("id").asString()).isEqualTo(Long.toString(id));
			assertThat(response.json().get("username").asString()).isEqualTo("Heidi" + id);
		}
	}

	@Test
	void lookupOfAnotherServerOrAnUnknownNameIsNotFound() {
		long id = nextId();
		newAccount(id, "ivan" + id);
		assertThat(get("/api/v1/accounts/lookup?acct=ivan" + id + "@mastodon.social", null).status()).isEqualTo(404);
		assertThat(get("/api/v1/accounts/lookup?acct=nobody" + id, null).status()).isEqualTo(404);
		assertThat(get("/api/v1/accounts/lookup?acct=%00bad", null).status()).isEqualTo(404);
		assertThat(get("/api/v1/accounts/lookup?acct=a%20b", null).status()).isEqualTo(404);
	}

	@Test
	void lookupWithoutAcctIsABadRequest() {
		Response missing = get("/api/v1/accounts/lookup", null);
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.error()).isEqualTo("param is missing or the value is empty: acct");
		assertThat(get("/api/v1/accounts/lookup?acct=", null).status()).isEqualTo(400);
	}

}
