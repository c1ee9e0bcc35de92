package social.murmur.platform.grpc;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ForwardingClientCall.SimpleForwardingClientCall;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import social.murmur.platform.identity.Identity;
import social.murmur.platform.identity.InternalTokens;

/**
 * Gives every outgoing call a deadline (unless the caller set one) and a signed token
 * that says which service is calling. Tokens are renewed well before they expire.
 */
public class ServiceIdentityClientInterceptor implements ClientInterceptor {

	static final Metadata.Key<String> AUTHORIZATION = Metadata.Key.of("authorization",
			Metadata.ASCII_STRING_MARSHALLER);

	private static final Duration TOKEN_LIFETIME = Duration.ofMinutes(5);

	private final InternalTokens tokens;

	private final Duration deadline;

	private volatile String token;

	private volatile long renewAt;

	public ServiceIdentityClientInterceptor(InternalTokens tokens, Duration deadline) {
		this.tokens = tokens;
		this.deadline = deadline;
	}

	@Override
	public <Q, R> ClientCall<Q, R> interceptCall(MethodDescriptor<Q, R> method, CallOptions options, Channel next) {
		CallOptions withDeadline = (options.getDeadline() != null) ? options
				: options.withDeadlineAfter(this.deadline.toMillis(), TimeUnit.MILLISECONDS);
		String bearer = currentToken();
		return new SimpleForwardingClientCall<>(next.newCall(method, withDeadline)) {
			@Override
			public void start(Listener<R> listener, Metadata headers) {
				headers.put(AUTHORIZATION, "Bearer " + bearer);
				super.start(listener, headers);
			}
		};
	}

	private String currentToken() {
		long now = System.currentTimeMillis();
		if (this.token == null || now >= this.renewAt) {
			this.token = this.tokens.sign(new Identity(null, 0, Set.of(ServiceIdentityServerInterceptor.SCOPE)),
					TOKEN_LIFETIME);
			this.renewAt = now + TOKEN_LIFETIME.toMillis() / 2;
		}
		return this.token;
	}

}
