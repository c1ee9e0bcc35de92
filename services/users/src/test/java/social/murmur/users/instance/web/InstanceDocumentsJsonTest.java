package social.murmur.users.instance.web;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class InstanceDocumentsJsonTest {

	private static final JsonMapper JSON = JsonMapper.builder()
		.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
		.build();

	@Test
	void nodeInfoKeepsItsCamelCaseNamesDespiteSnakeCaseEverywhereElse() {
		NodeInfo nodeInfo = new NodeInfo("2.0", new NodeInfo.Software("murmur", "0.1.0"), List.of(),
				new NodeInfo.Services(List.of(), List.of()), true, new NodeInfo.Usage(new NodeInfo.Users(3, 2, 1), 9),
				new NodeInfo.Metadata("Murmur", "d", new NodeInfo.Upstream("mastodon", "4.3.0")));
		JsonNode json = JSON.valueToTree(nodeInfo);
		assertThat(json.get("openRegistrations").asBoolean()).isTrue();
		assertThat(json.get("usage").get("localPosts").asLong()).isEqualTo(9);
		assertThat(json.get("usage").get("users").get("activeMonth").asLong()).isEqualTo(2);
		assertThat(json.get("usage").get("users").get("activeHalfyear").asLong()).isEqualTo(1);
		assertThat(json.get("metadata").get("nodeName").asString()).isEqualTo("Murmur");
		assertThat(json.toString()).doesNotContain("open_registrations", "local_posts", "active_month", "node_name");
	}

	@Test
	void limitsAreSnakeCase() {
		JsonNode json = JSON.valueToTree(Limits.MEDIA);
		assertThat(json.get("image_size_limit").asLong()).isEqualTo(16_777_216);
		assertThat(json.get("image_matrix_limit").asLong()).isEqualTo(33_177_600);
		assertThat(json.get("video_size_limit").asLong()).isZero();
		assertThat(json.get("supported_mime_types").isArray()).isTrue();
		assertThat(JSON.valueToTree(Limits.STATUSES).get("characters_reserved_per_url").asInt()).isEqualTo(23);
	}

}
