package social.murmur.users.account.remote;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How users calls media for avatars and headers, under {@code murmur.profile-images.*}
 * (environment: {@code MURMUR_PROFILEIMAGES_*}).
 *
 * @param storeDeadline how long media may take to check, scale and store one image:
 * longer than the platform's deadline for ordinary calls, since an 8 MB upload is decoded
 * and re-encoded, and short enough that an avatar and a header stored one after the other
 * are answered within the gateway's 30 s wait
 */
@ConfigurationProperties("murmur.profile-images")
public record ProfileImagesProperties(@DefaultValue("12s") Duration storeDeadline) {

}
