package social.murmur.gateway.identity;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.grpc.client.GrpcChannelFactory;
import social.murmur.contracts.auth.v1.TokenIntrospectionGrpc;
import social.murmur.contracts.auth.v1.TokenIntrospectionGrpc.TokenIntrospectionBlockingStub;
import social.murmur.gateway.GatewayProperties;

/** The client of auth's token introspection, and the memory of tokens resolved lately. */
@Configuration(proxyBeanMethods = false)
class IdentityConfiguration {

	@Bean
	TokenIntrospectionBlockingStub tokenIntrospection(GrpcChannelFactory channels) {
		return TokenIntrospectionGrpc.newBlockingStub(channels.createChannel("auth"));
	}

	@Bean
	RecentTokens recentTokens(GatewayProperties properties, Clock clock) {
		return new RecentTokens(properties.tokenCacheTtl(), clock);
	}

}
