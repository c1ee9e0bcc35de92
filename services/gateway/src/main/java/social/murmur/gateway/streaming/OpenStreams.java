package social.murmur.gateway.streaming;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import social.murmur.gateway.GatewayProperties;
import social.murmur.gateway.support.BearerToken;
import social.murmur.platform.logging.OccasionalWarning;
import social.murmur.gateway.support.TokenChecker;
import social.murmur.gateway.support.TokenChecker.TokenState;
import social.murmur.gateway.support.TokenRevocation;

/**
 * The streams open on this instance, and the end of those whose token stops being good. A
 * revocation that this instance consumed closes them at once. Auth's revocations are
 * consumed by one gateway instance only, so every instance also checks the tokens of its
 * open streams on an interval, through the shared cache where the revocation left its
 * marker; that also ends streams whose token expired. While auth cannot answer, streams
 * stay open.
 */
@Component
class OpenStreams implements DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(OpenStreams.class);

	private final OccasionalWarning checkFailed = new OccasionalWarning(logger, Duration.ofMinutes(1));

	private final Set<Relay> relays = ConcurrentHashMap.newKeySet();

	private final TokenChecker tokens;

	private final ScheduledExecutorService scheduler = Executors
		.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("streaming-token-check").daemon().factory());

	OpenStreams(TokenChecker tokens, GatewayProperties properties) {
		this.tokens = tokens;
		long interval = properties.streaming().tokenCheckInterval().toMillis();
		this.scheduler.scheduleWithFixedDelay(this::checkTokens, interval, interval, TimeUnit.MILLISECONDS);
	}

	void add(Relay relay) {
		this.relays.add(relay);
	}

	void remove(Relay relay) {
		this.relays.remove(relay);
	}

	/** How many streams are open here. */
	int count() {
		return this.relays.size();
	}

	@EventListener
	void onTokenRevoked(TokenRevocation revocation) {
		for (Relay relay : List.copyOf(this.relays)) {
			if (relay.tokenDigest().equals(revocation.tokenDigest())) {
				relay.tokenRevoked();
			}
		}
	}

	/** Resolves the token of every open stream again, each token once. */
	void checkTokens() {
		try {
			Map<BearerToken, List<Relay>> byToken = this.relays.stream().collect(Collectors.groupingBy(Relay::token));
			for (Map.Entry<BearerToken, List<Relay>> entry : byToken.entrySet()) {
				TokenState state = this.tokens.check(entry.getKey());
				if (state == TokenState.UNKNOWN) {
					// Auth is down: asking about every other token would only wait as
					// long.
					return;
				}
				if (state == TokenState.INACTIVE) {
					entry.getValue().forEach(Relay::tokenRevoked);
				}
			}
		}
		catch (RuntimeException ex) {
			this.checkFailed.warn("The tokens of open streams could not be checked", ex);
		}
	}

	@Override
	public void destroy() {
		this.scheduler.shutdownNow();
	}

}
