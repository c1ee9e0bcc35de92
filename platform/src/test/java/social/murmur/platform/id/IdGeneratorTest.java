package social.murmur.platform.id;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class IdGeneratorTest {

	@Test
	void idsGrowWithTimeAndNeverRepeatWithinAMillisecond() {
		Clock frozen = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
		IdGenerator ids = new IdGenerator(7, frozen);
		Set<Long> seen = new HashSet<>();
		long previous = 0;
		for (int i = 0; i < 10_000; i++) {
			long id = ids.next();
			assertThat(id).isGreaterThan(previous);
			assertThat(seen.add(id)).isTrue();
			previous = id;
		}
	}

	@Test
	void differentWorkersNeverCollideAtTheSameInstant() {
		Clock frozen = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
		assertThat(new IdGenerator(1, frozen).next()).isNotEqualTo(new IdGenerator(2, frozen).next());
	}

	@Test
	void anIdTellsWhenItWasMade() {
		Instant now = Instant.parse("2026-11-22T10:00:00.123Z");
		long id = new IdGenerator(3, Clock.fixed(now, ZoneOffset.UTC)).next();
		assertThat(IdGenerator.createdAt(id)).isEqualTo(now);
		assertThat(IdGenerator.lowestIdAt(now)).isLessThanOrEqualTo(id);
		assertThat(IdGenerator.lowestIdAt(now.plusMillis(1))).isGreaterThan(id);
	}

	@Test
	void refusesWorkerIdsOutOfRange() {
		assertThatIllegalArgumentException().isThrownBy(() -> new IdGenerator(1024));
		assertThatIllegalArgumentException().isThrownBy(() -> new IdGenerator(-1));
	}

}
