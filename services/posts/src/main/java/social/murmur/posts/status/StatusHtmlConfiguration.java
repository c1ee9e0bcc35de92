package social.murmur.posts.status;

import java.net.URI;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import social.murmur.contracts.mastodon.MastodonEntities;
import social.murmur.posts.status.text.StatusHtml;

/** The HTML renderer, with the links of this instance. */
@Configuration(proxyBeanMethods = false)
class StatusHtmlConfiguration {

	@Bean
	StatusHtml statusHtml(MastodonEntities mastodon) {
		return new StatusHtml(mastodon.publicUrl() + "/tags/", localDomain(mastodon));
	}

	/** The domain in {@code @user@domain} that means one of our own accounts. */
	static String localDomain(MastodonEntities mastodon) {
		String host = URI.create(mastodon.publicUrl()).getHost();
		return (host != null) ? host : "localhost";
	}

}
