package social.murmur.platform.config;

import java.security.SecureRandom;
import java.util.List;

import jakarta.validation.Validator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import social.murmur.contracts.mastodon.MastodonEntities;
import social.murmur.platform.id.IdGenerator;
import social.murmur.platform.identity.IdentityArgumentResolver;
import social.murmur.platform.identity.IdentityFilter;
import social.murmur.platform.identity.InternalTokens;
import social.murmur.platform.web.MastodonErrors;
import social.murmur.platform.web.MastodonParamsArgumentResolver;
import social.murmur.platform.web.PageRequestArgumentResolver;
import tools.jackson.databind.json.JsonMapper;

/** Ids, internal identity and the Mastodon web conventions, for every service. */
@AutoConfiguration(afterName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration")
@EnableConfigurationProperties(PlatformProperties.class)
@Import(MastodonErrors.class)
public class PlatformAutoConfiguration {

	@Bean
	IdGenerator idGenerator(PlatformProperties properties) {
		Integer worker = properties.workerId();
		return new IdGenerator((worker != null) ? worker : new SecureRandom().nextInt(1024));
	}

	@Bean
	InternalTokens internalTokens(PlatformProperties properties,
			@Value("${spring.application.name:murmur}") String applicationName) {
		String secret = properties.identity().secret();
		if (secret == null || secret.isBlank()) {
			throw new IllegalStateException(
					"No internal token secret: set murmur.identity.secret (MURMUR_IDENTITY_SECRET), the same on every service");
		}
		return new InternalTokens(secret, applicationName);
	}

	@Bean
	MastodonEntities mastodonEntities(PlatformProperties properties) {
		return new MastodonEntities(properties.publicUrl());
	}

	@Bean
	@ConditionalOnProperty(name = "murmur.identity.verify-requests", havingValue = "true", matchIfMissing = true)
	FilterRegistrationBean<IdentityFilter> identityFilter(InternalTokens tokens) {
		FilterRegistrationBean<IdentityFilter> registration = new FilterRegistrationBean<>(new IdentityFilter(tokens));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	@Bean
	WebMvcConfigurer mastodonArgumentResolvers(JsonMapper jsonMapper, Validator validator) {
		return new WebMvcConfigurer() {
			@Override
			public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
				resolvers.add(new IdentityArgumentResolver());
				resolvers.add(new PageRequestArgumentResolver());
				resolvers.add(new MastodonParamsArgumentResolver(jsonMapper, validator));
			}
		};
	}

}
