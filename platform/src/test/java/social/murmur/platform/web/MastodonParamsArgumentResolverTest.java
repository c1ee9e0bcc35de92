package social.murmur.platform.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class MastodonParamsArgumentResolverTest {

	@Test
	void bracketedFormNamesBecomeListsAndNestedObjects() {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/statuses");
		request.addParameter("status", "hello");
		request.addParameter("media_ids[]", "1", "2");
		request.addParameter("source[note]", "bio");
		request.addParameter("fields_attributes[0][name]", "site");
		Map<String, Object> fields = MastodonParamsArgumentResolver.formFields(request);
		assertThat(fields).containsEntry("status", "hello").containsEntry("media_ids", List.of("1", "2"));
		assertThat(fields.get("source")).isEqualTo(Map.of("note", "bio"));
		assertThat(fields.get("fields_attributes")).isEqualTo(Map.of("0", Map.of("name", "site")));
	}

	@Test
	void aRepeatedPlainNameKeepsItsLastValue() {
		Map<String, Object> fields = new LinkedHashMap<>();
		MastodonParamsArgumentResolver.put(fields, "visibility", new String[] { "public", "private" });
		assertThat(fields).containsEntry("visibility", "private");
	}

}
