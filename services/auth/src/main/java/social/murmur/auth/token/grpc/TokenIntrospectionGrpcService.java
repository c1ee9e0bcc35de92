package social.murmur.auth.token.grpc;

import io.grpc.stub.StreamObserver;
import org.springframework.stereotype.Service;
import social.murmur.auth.token.AccessToken;
import social.murmur.auth.token.IntrospectAccessToken;
import social.murmur.contracts.auth.v1.IntrospectRequest;
import social.murmur.contracts.auth.v1.IntrospectResponse;
import social.murmur.contracts.auth.v1.TokenIntrospectionGrpc;

/**
 * {@code TokenIntrospection}: the gateway's way to turn an opaque bearer token into an
 * account, an application and scopes. An unknown, revoked or expired token is simply
 * inactive; that is an answer, not an error.
 */
@Service
class TokenIntrospectionGrpcService extends TokenIntrospectionGrpc.TokenIntrospectionImplBase {

	private final IntrospectAccessToken introspectAccessToken;

	TokenIntrospectionGrpcService(IntrospectAccessToken introspectAccessToken) {
		this.introspectAccessToken = introspectAccessToken;
	}

	@Override
	public void introspect(IntrospectRequest request, StreamObserver<IntrospectResponse> responses) {
		IntrospectResponse response = this.introspectAccessToken.introspect(request.getToken())
			.map(TokenIntrospectionGrpcService::active)
			.orElseGet(() -> IntrospectResponse.newBuilder().setActive(false).build());
		responses.onNext(response);
		responses.onCompleted();
	}

	private static IntrospectResponse active(AccessToken token) {
		return IntrospectResponse.newBuilder()
			.setActive(true)
			.setAccountId((token.accountId() != null) ? token.accountId() : 0)
			.setApplicationId(token.applicationId())
			.addAllScopes(token.scopes().values())
			.setExpiresAt((token.expiresAt() != null) ? token.expiresAt().toEpochMilli() : 0)
			.setTokenId(token.id())
			.build();
	}

}
