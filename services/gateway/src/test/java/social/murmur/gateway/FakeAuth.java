package social.murmur.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.grpc.Server;
import io.grpc.ServerInterceptors;
import io.grpc.Status;
import io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.StreamObserver;
import social.murmur.contracts.auth.v1.IntrospectRequest;
import social.murmur.contracts.auth.v1.IntrospectResponse;
import social.murmur.contracts.auth.v1.TokenIntrospectionGrpc;
import social.murmur.platform.grpc.ServiceIdentityServerInterceptor;
import social.murmur.platform.identity.InternalTokens;
import social.murmur.testsupport.TestIdentities;

/**
 * Stands in for auth's {@code TokenIntrospection} on a real gRPC server on a free local
 * port. It knows the tokens a test grants, counts how often each is asked about, and like
 * every Murmur server refuses calls without a valid service token.
 */
public final class FakeAuth extends TokenIntrospectionGrpc.TokenIntrospectionImplBase {

	private final Map<String, IntrospectResponse> tokens = new ConcurrentHashMap<>();

	private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

	private final Set<String> failing = ConcurrentHashMap.newKeySet();

	private Server server;

	private FakeAuth() {
	}

	static FakeAuth start() {
		FakeAuth auth = new FakeAuth();
		try {
			auth.server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0))
				.addService(ServerInterceptors.intercept(auth,
						new ServiceIdentityServerInterceptor(new InternalTokens(TestIdentities.SECRET, "auth"))))
				.build()
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Runtime.getRuntime().addShutdownHook(new Thread(auth.server::shutdownNow));
		return auth;
	}

	/** The channel address the gateway should call. */
	public String address() {
		return "static://127.0.0.1:" + this.server.getPort();
	}

	/** A token for an account; an account id of zero makes it an application token. */
	public void grant(String token, long accountId, long applicationId, String... scopes) {
		this.tokens.put(token,
				IntrospectResponse.newBuilder()
					.setActive(true)
					.setAccountId(accountId)
					.setApplicationId(applicationId)
					.addAllScopes(List.of(scopes))
					.setTokenId(this.tokens.size() + 1L)
					.build());
	}

	public void revoke(String token) {
		this.tokens.computeIfPresent(token, (key, response) -> response.toBuilder().setActive(false).build());
	}

	/** Makes auth answer UNAVAILABLE about this token, as when its database is down. */
	public void failOn(String token) {
		this.failing.add(token);
	}

	/** How often the gateway has asked about the token. */
	public int calls(String token) {
		return this.calls.computeIfAbsent(token, (key) -> new AtomicInteger()).get();
	}

	@Override
	public void introspect(IntrospectRequest request, StreamObserver<IntrospectResponse> responses) {
		this.calls.computeIfAbsent(request.getToken(), (key) -> new AtomicInteger()).incrementAndGet();
		if (this.failing.contains(request.getToken())) {
			responses.onError(Status.UNAVAILABLE.withDescription("database is down").asRuntimeException());
			return;
		}
		responses.onNext(
				this.tokens.getOrDefault(request.getToken(), IntrospectResponse.newBuilder().setActive(false).build()));
		responses.onCompleted();
	}

}
