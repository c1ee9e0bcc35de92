package social.murmur.gateway.identity;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.grpc.client.GrpcChannelFactory;
import social.murmur.contracts.auth.v1.TokenIntrospectionGrpc;
import social.murmur.contracts.auth.v1.TokenIntrospectionGrpc.TokenIntrospectionBlockingStub;
import social.murmur.platform.identity.IdentityFilter;

/** The auth client, and the platform's identity check switched off. */
@Configuration(proxyBeanMethods = false)
class IdentityConfiguration {

	/**
	 * The platform registers {@link IdentityFilter} in every service to verify the
	 * identity the gateway signs. In the gateway itself that header can only come from a
	 * client, so it is not verified but dropped ({@link IdentityHeaderFilter}); the
	 * platform filter would instead refuse such a request with 401. Its registration is
	 * disabled here rather than the bean replaced, so the platform stays untouched.
	 */
	@Bean
	static BeanPostProcessor platformIdentityFilterDisabler() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof FilterRegistrationBean<?> registration
						&& registration.getFilter() instanceof IdentityFilter) {
					registration.setEnabled(false);
				}
				return bean;
			}
		};
	}

	@Bean
	TokenIntrospectionBlockingStub tokenIntrospection(GrpcChannelFactory channels) {
		return TokenIntrospectionGrpc.newBlockingStub(channels.createChannel("auth"));
	}

}
