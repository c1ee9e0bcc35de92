package social.murmur.media.attachment;

import org.junit.jupiter.api.Test;
import social.murmur.platform.web.ApiException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class FocusTest {

	@Test
	void readsTwoCoordinatesBetweenMinusOneAndOne() {
		assertThat(Focus.parse("0.5,-0.25")).isEqualTo(new Focus(0.5, -0.25));
		assertThat(Focus.parse(" -1 , 1 ")).isEqualTo(new Focus(-1, 1));
		assertThat(Focus.parse("0,0")).isEqualTo(Focus.CENTRE);
		assertThat(Focus.parse("-0.0,.5")).isEqualTo(new Focus(0, 0.5));
		assertThat(Focus.parse("1e-1,+0.3")).isEqualTo(new Focus(0.1, 0.3));
	}

	@Test
	void refusesAnythingElseWith422() {
		for (String bad : new String[] { "", "0.5", "1,2", "-1.01,0", "0,0,0", "a,b", "NaN,0", "Infinity,0", "0x1,0",
				",", "0.5;0.5", "1,", " , " }) {
			assertThatExceptionOfType(ApiException.class).as(bad)
				.isThrownBy(() -> Focus.parse(bad))
				.satisfies((ex) -> assertThat(ex.status()).isEqualTo(422));
		}
	}

}
