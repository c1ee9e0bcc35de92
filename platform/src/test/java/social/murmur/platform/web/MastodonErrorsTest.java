package social.murmur.platform.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MastodonErrorsTest {

	@Test
	void fieldNamesAreWordedAsRailsWordsThem() {
		assertThat(MastodonErrors.humanize("displayName")).isEqualTo("Display name");
		assertThat(MastodonErrors.humanize("display_name")).isEqualTo("Display name");
		assertThat(MastodonErrors.humanize("status")).isEqualTo("Status");
	}

}
