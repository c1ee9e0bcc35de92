package social.murmur.platform.config;

import io.grpc.ServerInterceptor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.grpc.client.GlobalClientInterceptor;
import org.springframework.grpc.client.GrpcChannelFactory;
import org.springframework.grpc.server.GlobalServerInterceptor;
import social.murmur.platform.grpc.ServiceIdentityClientInterceptor;
import social.murmur.platform.grpc.ServiceIdentityServerInterceptor;
import social.murmur.platform.identity.InternalTokens;

/** Deadlines and service tokens on every gRPC call, checked on every gRPC server. */
@AutoConfiguration(after = PlatformAutoConfiguration.class)
@ConditionalOnClass({ GrpcChannelFactory.class, ServerInterceptor.class })
public class PlatformGrpcAutoConfiguration {

	@Bean
	@GlobalClientInterceptor
	ServiceIdentityClientInterceptor serviceIdentityClientInterceptor(InternalTokens tokens,
			PlatformProperties properties) {
		return new ServiceIdentityClientInterceptor(tokens, properties.grpc().deadline());
	}

	@Bean
	@GlobalServerInterceptor
	ServiceIdentityServerInterceptor serviceIdentityServerInterceptor(InternalTokens tokens) {
		return new ServiceIdentityServerInterceptor(tokens);
	}

}
