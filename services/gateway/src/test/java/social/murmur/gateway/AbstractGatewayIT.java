package social.murmur.gateway;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import social.murmur.testsupport.MurmurIntegrationTest;

/**
 * The gateway on a random port against the shared real Redis and Kafka, with fake
 * services behind it, a fake of notifications' streaming endpoint, and a fake auth for
 * tokens. Every integration test extends this class and adds no configuration, so all of
 * them share one Spring context.
 *
 * <p>
 * Requests come from 127.0.0.1, which is a trusted proxy here, so each test names its own
 * client address in {@code X-Forwarded-For} and the per-address rate limits of different
 * tests never meet. Rate limit windows are a day long, so that a test never straddles
 * two.
 */
@MurmurIntegrationTest
@TestPropertySource(properties = { "murmur.gateway.trusted-proxies=127.0.0.1,::1",
		"murmur.gateway.rate-limits.sign-up.limit=3", "murmur.gateway.rate-limits.sign-up.period=1d",
		"murmur.gateway.rate-limits.sign-in.limit=3", "murmur.gateway.rate-limits.sign-in.period=1d",
		"murmur.gateway.rate-limits.authenticated.limit=30", "murmur.gateway.rate-limits.authenticated.period=1d",
		"murmur.gateway.rate-limits.anonymous.limit=30", "murmur.gateway.rate-limits.anonymous.period=1d",
		"spring.http.clients.read-timeout=2s", "murmur.gateway.streaming.token-check-interval=1s" })
public abstract class AbstractGatewayIT {

	protected static final FakeServices SERVICES = FakeServices.start();

	protected static final FakeAuth AUTH = FakeAuth.start();

	protected static final FakeStreaming STREAMING = FakeStreaming.start();

	private static final AtomicInteger clients = new AtomicInteger();

	private static final AtomicInteger tokens = new AtomicInteger();

	@LocalServerPort
	private int port;

	protected GatewayClient gateway;

	@DynamicPropertySource
	static void fakes(DynamicPropertyRegistry registry) {
		FakeServices.NAMES
			.forEach((name) -> registry.add("murmur.gateway.services." + name, () -> SERVICES.uri(name).toString()));
		registry.add("spring.grpc.client.channels.auth.address", AUTH::address);
		registry.add("murmur.gateway.streaming.upstream", STREAMING::address);
	}

	@BeforeEach
	void connect() {
		this.gateway = new GatewayClient(this.port);
	}

	/** A client address no other test uses. */
	protected static String newClientAddress() {
		int n = clients.incrementAndGet();
		return "10." + (n >> 16 & 0xFF) + "." + (n >> 8 & 0xFF) + "." + (n & 0xFF);
	}

	/** A token for the account that auth knows, which no other test uses. */
	protected static String newToken(long accountId, String... scopes) {
		String token = "token-" + tokens.incrementAndGet() + "-" + accountId;
		AUTH.grant(token, accountId, 7, scopes);
		return token;
	}

}
