package social.murmur.users.instance;

import org.junit.jupiter.api.Test;
import social.murmur.users.UsersIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class InstanceIT extends UsersIntegrationTest {

	@Test
	void v1InstanceDescribesTheServer() {
		newAccount();
		Response response = get("/api/v1/instance", null);
		assertThat(response.status()).isEqualTo(200);
		JsonNode json = response.json();
		assertThat(json.get("uri").asString()).isEqualTo("murmur.test");
		assertThat(json.get("title").asString()).isEqualTo("Murmur");
		assertThat(json.get("short_description").isString()).isTrue();
		assertThat(json.get("description").isString()).isTrue();
		assertThat(json.get("email").asString()).isEqualTo("admin@murmur.test");
		assertThat(json.get("version").asString()).isEqualTo("4.3.0 (compatible; Murmur 0.1.0)");
		assertThat(json.get("urls").get("streaming_api").asString()).isEqualTo("wss://murmur.test");
		assertThat(json.get("stats").get("user_count").asLong()).isEqualTo(accounts());
		assertThat(json.get("stats").get("status_count").asLong()).isGreaterThanOrEqualTo(0);
		assertThat(json.get("stats").get("domain_count").asLong()).isZero();
		assertThat(json.get("thumbnail").asString()).startsWith("https://murmur.test/");
		assertThat(json.get("languages").toString()).isEqualTo("[\"en\",\"ru\"]");
		assertThat(json.get("registrations").asBoolean()).isTrue();
		assertThat(json.get("approval_required").asBoolean()).isFalse();
		assertThat(json.get("invites_enabled").asBoolean()).isFalse();
		JsonNode configuration = json.get("configuration");
		assertThat(configuration.get("accounts").has("max_featured_tags")).isTrue();
		assertThat(configuration.get("statuses").get("max_characters").asInt()).isEqualTo(500);
		assertThat(configuration.get("statuses").get("max_media_attachments").asInt()).isEqualTo(4);
		assertThat(configuration.get("statuses").get("characters_reserved_per_url").asInt()).isEqualTo(23);
		JsonNode media = configuration.get("media_attachments");
		assertThat(media.get("supported_mime_types").toString()).contains("image/jpeg", "image/png");
		assertThat(media.get("image_size_limit").asLong()).isEqualTo(16_777_216);
		assertThat(media.get("image_matrix_limit").asLong()).isEqualTo(33_177_600);
		assertThat(media.get("video_size_limit").asLong()).isZero();
		assertThat(configuration.get("polls").has("max_options")).isTrue();
		assertThat(json.has("contact_account")).isTrue();
		assertThat(json.get("contact_account").isNull()).isTrue();
		assertThat(json.get("rules").isArray()).isTrue();
	}

	@Test
	void v2InstanceDescribesTheServer() {
		Response response = get("/api/v2/instance", null);
		assertThat(response.status()).isEqualTo(200);
		JsonNode json = response.json();
		assertThat(json.get("domain").asString()).isEqualTo("murmur.test");
		assertThat(json.get("title").asString()).isEqualTo("Murmur");
		assertThat(json.get("version").asString()).startsWith("4.3.0");
		assertThat(json.get("source_url").asString()).startsWith("https://");
		assertThat(json.get("description").isString()).isTrue();
		assertThat(json.get("usage").get("users").get("active_month").asLong()).isGreaterThanOrEqualTo(0);
		assertThat(json.get("thumbnail").get("url").asString()).startsWith("https://murmur.test/");
		assertThat(json.get("languages").isArray()).isTrue();
		JsonNode configuration = json.get("configuration");
		assertThat(configuration.get("urls").get("streaming").asString()).isEqualTo("wss://murmur.test");
		assertThat(configuration.get("statuses").get("max_characters").asInt()).isEqualTo(500);
		assertThat(configuration.get("media_attachments").get("image_size_limit").asLong()).isEqualTo(16_777_216);
		assertThat(configuration.get("accounts").isObject()).isTrue();
		assertThat(configuration.get("polls").isObject()).isTrue();
		assertThat(configuration.get("translation").get("enabled").asBoolean()).isFalse();
		assertThat(json.get("registrations").get("enabled").asBoolean()).isTrue();
		assertThat(json.get("registrations").get("approval_required").asBoolean()).isFalse();
		assertThat(json.get("registrations").get("message").isNull()).isTrue();
		assertThat(json.get("contact").get("email").asString()).isEqualTo("admin@murmur.test");
		assertThat(json.get("contact").get("account").isNull()).isTrue();
		assertThat(json.get("rules").isArray()).isTrue();
	}

	@Test
	void nodeInfoIsDiscoverableAndNamesMastodonAsUpstream() {
		Response links = get("/.well-known/nodeinfo", null);
		assertThat(links.status()).isEqualTo(200);
		JsonNode link = links.json().get("links").get(0);
		assertThat(link.get("rel").asString()).isEqualTo("http://nodeinfo.diaspora.software/ns/schema/2.0");
		assertThat(link.get("href").asString()).isEqualTo("https://murmur.test/nodeinfo/2.0");
		newAccount();
		Response response = get("/nodeinfo/2.0", null);
		assertThat(response.status()).isEqualTo(200);
		JsonNode json = response.json();
		assertThat(json.get("version").asString()).isEqualTo("2.0");
		assertThat(json.get("software").get("name").asString()).isEqualTo("murmur");
		assertThat(json.get("software").get("version").asString()).isEqualTo("0.1.0");
		assertThat(json.get("protocols").isArray()).isTrue();
		assertThat(json.get("services").get("inbound").isArray()).isTrue();
		assertThat(json.get("services").get("outbound").isArray()).isTrue();
		assertThat(json.get("openRegistrations").asBoolean()).isTrue();
		assertThat(json.get("usage").get("users").get("total").asLong()).isEqualTo(accounts());
		assertThat(json.get("usage").get("users").get("activeMonth").asLong()).isPositive();
		assertThat(json.get("usage").get("users").get("activeHalfyear").asLong()).isPositive();
		assertThat(json.get("usage").get("localPosts").asLong()).isGreaterThanOrEqualTo(0);
		assertThat(json.get("metadata").get("nodeName").asString()).isEqualTo("Murmur");
		assertThat(json.get("metadata").get("upstream").get("name").asString()).isEqualTo("mastodon");
		assertThat(json.get("metadata").get("upstream").get("version").asString()).isEqualTo("4.3.0");
	}

	@Test
	void instanceDocumentsNeedNoIdentity() {
		assertThat(get("/api/v1/instance", null).status()).isEqualTo(200);
		assertThat(get("/api/v2/instance", null).status()).isEqualTo(200);
		assertThat(get("/nodeinfo/2.0", null).status()).isEqualTo(200);
	}

	private long accounts() {
		return this.jdbc.sql("select count(*) from accounts").query(Long.class).single();
	}

}
