package social.murmur.launcher;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RedisExecutableTest {

	@Test
	void readsTheVersionRedisServerPrints() {
		String debian = "Redis server v=7.0.15 sha=00000000:0 malloc=jemalloc-5.3.0 bits=64 build=ae4d7c971a948f0";
		assertThat(RedisExecutable.parseVersion(debian)).isEqualTo("7.0.15");
		assertThat(RedisExecutable.majorVersion("7.0.15")).isEqualTo(7);
		assertThat(RedisExecutable.parseVersion("Redis server v=6.2.11 sha=00000000:0 malloc=jemalloc-5.1.0"))
			.isEqualTo("6.2.11");
		assertThat(RedisExecutable.majorVersion("6.2.11")).isEqualTo(6);
	}

	@Test
	void anOutputWithoutAVersionIsNoRedisServer() {
		assertThat(RedisExecutable.parseVersion("bash: redis-server: command not found")).isNull();
	}

}
