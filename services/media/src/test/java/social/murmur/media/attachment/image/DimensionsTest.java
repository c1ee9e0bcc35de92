package social.murmur.media.attachment.image;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DimensionsTest {

	@Test
	void neverUpscales() {
		assertThat(new Dimensions(640, 480).fitWithin(3840, 2160)).isEqualTo(new Dimensions(640, 480));
		assertThat(new Dimensions(3840, 2160).fitWithin(3840, 2160)).isEqualTo(new Dimensions(3840, 2160));
	}

	@Test
	void scalesDownKeepingTheAspectRatio() {
		assertThat(new Dimensions(7680, 4320).fitWithin(3840, 2160)).isEqualTo(new Dimensions(3840, 2160));
		assertThat(new Dimensions(4000, 3000).fitWithin(3840, 2160)).isEqualTo(new Dimensions(2880, 2160));
		assertThat(new Dimensions(3000, 4000).fitWithin(3840, 2160)).isEqualTo(new Dimensions(1620, 2160));
		assertThat(new Dimensions(4000, 1000).fitWithin(640, 360)).isEqualTo(new Dimensions(640, 160));
		assertThat(new Dimensions(1000, 1000).fitWithin(640, 360)).isEqualTo(new Dimensions(360, 360));
	}

	@Test
	void keepsAtLeastOnePixelASide() {
		assertThat(new Dimensions(16_384, 1).fitWithin(640, 360)).isEqualTo(new Dimensions(640, 1));
		assertThat(new Dimensions(1, 16_384).fitWithin(640, 360)).isEqualTo(new Dimensions(1, 360));
	}

	@Test
	void cropsToTheLargestCentredRegionOfTheAspectRatio() {
		Dimensions square = new Dimensions(1, 1);
		Dimensions banner = new Dimensions(3, 1);
		assertThat(new Dimensions(800, 600).cropTo(square)).isEqualTo(new Dimensions(600, 600));
		assertThat(new Dimensions(600, 800).cropTo(square)).isEqualTo(new Dimensions(600, 600));
		assertThat(new Dimensions(3000, 500).cropTo(banner)).isEqualTo(new Dimensions(1500, 500));
		assertThat(new Dimensions(1200, 900).cropTo(banner)).isEqualTo(new Dimensions(1200, 400));
		assertThat(new Dimensions(300, 100).cropTo(banner)).isEqualTo(new Dimensions(300, 100));
	}

	@Test
	void cropsKeepAtLeastOnePixelASide() {
		assertThat(new Dimensions(2, 1).cropTo(new Dimensions(3, 1))).isEqualTo(new Dimensions(2, 1));
		assertThat(new Dimensions(1, 16_384).cropTo(new Dimensions(3, 1))).isEqualTo(new Dimensions(1, 1));
	}

	@Test
	void countsPixelsWithoutOverflow() {
		assertThat(new Dimensions(100_000, 100_000).pixels()).isEqualTo(10_000_000_000L);
	}

}
