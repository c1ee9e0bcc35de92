package social.murmur.users.follow;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class FollowOptionsTest {

	private final Follow follow = new Follow(1, 2, 3, false, true, null, Instant.EPOCH);

	@Test
	void repeatingAFollowChangesOnlyTheOptionsGiven() {
		Follow changed = new FollowOptions(true, null, null).applyTo(this.follow);
		assertThat(changed.notifying()).isTrue();
		assertThat(changed.showReblogs()).isTrue();
		assertThat(changed.languages()).isNull();
		assertThat(FollowOptions.NONE.applyTo(changed)).isEqualTo(changed);
	}

	@Test
	void languagesAreNormalisedAndAnEmptyListMeansAll() {
		FollowOptions options = new FollowOptions(null, null, List.of(" EN", "ru", "en", ""));
		assertThat(options.languages()).containsExactly("en", "ru");
		Follow withLanguages = options.applyTo(this.follow);
		assertThat(withLanguages.languages()).containsExactly("en", "ru");
		assertThat(new FollowOptions(null, null, List.of()).applyTo(withLanguages).languages()).isNull();
	}

	@Test
	void refusesUnknownLanguages() {
		assertThatExceptionOfType(InvalidFollowOptions.class)
			.isThrownBy(() -> new FollowOptions(null, null, List.of("english")));
		assertThatExceptionOfType(InvalidFollowOptions.class)
			.isThrownBy(() -> new FollowOptions(null, null, Arrays.asList("en", null)));
	}

}
