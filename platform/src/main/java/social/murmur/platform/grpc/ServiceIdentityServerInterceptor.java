package social.murmur.platform.grpc;

import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import social.murmur.platform.identity.InternalTokens;

/** Refuses gRPC calls that do not carry a valid service token. */
public class ServiceIdentityServerInterceptor implements ServerInterceptor {

	/** The scope of tokens that services sign for each other. */
	public static final String SCOPE = "murmur:service";

	private final InternalTokens tokens;

	public ServiceIdentityServerInterceptor(InternalTokens tokens) {
		this.tokens = tokens;
	}

	@Override
	public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
			ServerCallHandler<Q, R> next) {
		if (call.getMethodDescriptor().getServiceName() != null
				&& call.getMethodDescriptor().getServiceName().startsWith("grpc.")) {
			return next.startCall(call, headers);
		}
		String authorization = headers.get(ServiceIdentityClientInterceptor.AUTHORIZATION);
		boolean valid = authorization != null && authorization.startsWith("Bearer ")
				&& this.tokens.verify(authorization.substring(7))
					.map((identity) -> identity.scopes().contains(SCOPE))
					.orElse(false);
		if (!valid) {
			call.close(Status.UNAUTHENTICATED.withDescription("A valid service token is required"), new Metadata());
			return new ServerCall.Listener<>() {
			};
		}
		return next.startCall(call, headers);
	}

}
