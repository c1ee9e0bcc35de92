package social.murmur.users.instance;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the server says about itself, under {@code murmur.instance.*} (environment:
 * {@code MURMUR_INSTANCE_*}).
 *
 * @param title the server's name
 * @param description a short plain-text description
 * @param contactEmail where to write about the server, empty for none
 * @param languages the main languages of the server and its staff (ISO 639-1)
 * @param sourceUrl where the source code of the running software is published
 * @param thumbnailUrl an image representing the server; when not set, the default header
 * image under the public address
 * @param usageFreshness how long the usage figures (user and status counts) are reused
 * before they are counted again
 */
@ConfigurationProperties("murmur.instance")
public record InstanceProperties(@DefaultValue("Murmur") String title, @DefaultValue("") String description,
		@DefaultValue("") String contactEmail, @DefaultValue( {
				"en", "ru" }) List<String> languages,
		@DefaultValue("https://github.com/murmur-social/murmur") String sourceUrl, @Nullable String thumbnailUrl,
		@DefaultValue("1m") Duration usageFreshness){

}
