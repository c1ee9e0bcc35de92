package social.murmur.gateway.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.grpc.client.GrpcChannelFactory;
import social.murmur.contracts.auth.v1.TokenIntrospectionGrpc;
import social.murmur.contracts.auth.v1.TokenIntrospectionGrpc.TokenIntrospectionBlockingStub;

/** The client of auth's token introspection. */
@Configuration(proxyBeanMethods = false)
class IdentityConfiguration {

	@Bean
	TokenIntrospectionBlockingStub tokenIntrospection(GrpcChannelFactory channels) {
		return TokenIntrospectionGrpc.newBlockingStub(channels.createChannel("auth"));
	}

}
