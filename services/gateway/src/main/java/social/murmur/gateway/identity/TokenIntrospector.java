package social.murmur.gateway.identity;

import io.grpc.StatusRuntimeException;
import org.springframework.stereotype.Component;
import social.murmur.contracts.auth.v1.IntrospectRequest;
import social.murmur.contracts.auth.v1.TokenIntrospectionGrpc.TokenIntrospectionBlockingStub;
import social.murmur.gateway.support.BearerToken;

/** Asks auth about a token over gRPC ({@code TokenIntrospection.Introspect}). */
@Component
class TokenIntrospector {

	private final TokenIntrospectionBlockingStub auth;

	TokenIntrospector(TokenIntrospectionBlockingStub auth) {
		this.auth = auth;
	}

	ResolvedToken introspect(BearerToken token) {
		try {
			return ResolvedToken
				.from(this.auth.introspect(IntrospectRequest.newBuilder().setToken(token.value()).build()));
		}
		catch (StatusRuntimeException ex) {
			return switch (ex.getStatus().getCode()) {
				// Auth's way of saying the token is malformed or unknown.
				case INVALID_ARGUMENT, NOT_FOUND -> ResolvedToken.INACTIVE;
				default -> throw new AuthUnavailableException("Auth did not resolve a token: " + ex.getStatus(), ex);
			};
		}
	}

}
