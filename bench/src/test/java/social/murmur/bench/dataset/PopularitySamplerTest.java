package social.murmur.bench.dataset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PopularitySamplerTest {

	@Test
	void leavesWeightsAloneWhenTheHeadIsLowEnough() {
		double[] weights = { 1, 0.5, 0.25 };
		assertThat(PopularitySampler.clip(weights, 10, 100)).isEqualTo(1);
	}

	@Test
	void clipsTheHeadSoThatTheTopGetsAtMostItsShare() {
		double[] weights = new double[1000];
		for (int i = 0; i < weights.length; i++) {
			weights[i] = 1.0 / (i + 1);
		}
		double clip = PopularitySampler.clip(weights, 100_000, 1_000);
		double sum = 0;
		for (double weight : weights) {
			sum += Math.min(weight, clip);
		}
		assertThat(100_000 * clip / sum).isCloseTo(1_000, within(1.0));
	}

}
