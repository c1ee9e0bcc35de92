package social.murmur.gateway.identity;

import java.util.Locale;

import com.google.protobuf.InvalidProtocolBufferException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import social.murmur.contracts.Topics;
import social.murmur.contracts.events.v1.TokenRevoked;
import social.murmur.gateway.support.TokenRevocation;

/**
 * Forgets a token as soon as auth revokes it, so that it stops working within moments
 * rather than when its cache entry expires. One consumer group for all gateway instances
 * is enough: the cache they share is in Redis. If Redis is down the listener fails and
 * the platform's error handler retries until it is back.
 * <p>
 * This instance's streaming connections with the token are closed at once (a
 * {@link TokenRevocation} event); the other instances' within their next token check,
 * which finds the revoked marker in the cache.
 */
@Component
class TokenRevokedListener {

	private static final Logger logger = LoggerFactory.getLogger(TokenRevokedListener.class);

	private final TokenCache cache;

	private final ApplicationEventPublisher events;

	TokenRevokedListener(TokenCache cache, ApplicationEventPublisher events) {
		this.cache = cache;
		this.events = events;
	}

	@KafkaListener(topics = Topics.TOKEN_REVOKED)
	void onTokenRevoked(byte[] event) throws InvalidProtocolBufferException {
		TokenRevoked revoked = TokenRevoked.parseFrom(event);
		if (revoked.getTokenDigest().isBlank()) {
			logger.warn("Ignoring TokenRevoked event {} without a token digest", revoked.getEventId());
			return;
		}
		this.cache.revoke(revoked.getTokenDigest());
		this.events.publishEvent(new TokenRevocation(revoked.getTokenDigest().toLowerCase(Locale.ROOT)));
	}

}
