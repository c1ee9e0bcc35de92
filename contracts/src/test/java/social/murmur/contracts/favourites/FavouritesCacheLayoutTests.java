package social.murmur.contracts.favourites;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FavouritesCacheLayoutTests {

	@Test
	void readsTheCountAndRevisionInteractionsWrites() {
		assertThat(FavouritesCacheLayout.count("7:3")).isEqualTo(3);
		assertThat(FavouritesCacheLayout.revision("7:3")).isEqualTo(7);
		assertThat(FavouritesCacheLayout.count("0:0")).isZero();
	}

	@Test
	void anythingElseIsAMiss() {
		for (String cached : new String[] { null, "", "3", ":3", "7:", "x:3", "7:x", "-1:3", "7:-3", "7:3:1" }) {
			assertThat(FavouritesCacheLayout.count(cached)).as(String.valueOf(cached)).isEqualTo(-1);
		}
	}

	@Test
	void keysOfOneViewerShareASlotAndStatusesSpread() {
		assertThat(FavouritesCacheLayout.favouritedKey(42)).endsWith("{42}");
		assertThat(FavouritesCacheLayout.favouritedVersionKey(42)).endsWith("{42}");
		assertThat(FavouritesCacheLayout.countKey(43)).endsWith("{43}");
	}

}
