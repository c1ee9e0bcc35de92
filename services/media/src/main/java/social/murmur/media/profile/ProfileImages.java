package social.murmur.media.profile;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The profile_images table: every avatar and header file stored, by account. */
@Repository
public class ProfileImages {

	private final JdbcClient jdbc;

	public ProfileImages(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(ProfileImage image) {
		this.jdbc.sql("""
				insert into profile_images (id, account_id, kind, file_key, url, width, height, created_at)
				values (:id, :account, :kind, :key, :url, :width, :height, :createdAt)
				""")
			.param("id", image.id())
			.param("account", image.accountId())
			.param("kind", image.kind().key())
			.param("key", image.fileKey())
			.param("url", image.url())
			.param("width", image.dimensions().width())
			.param("height", image.dimensions().height())
			.param("createdAt", Timestamp.from(image.createdAt()))
			.update();
	}

	/**
	 * Deletes the account's images of the kind stored before the instant, except the one
	 * with the URL, in the caller's transaction.
	 * @return the storage keys of the deleted images' files
	 */
	public List<String> deleteAllBut(long accountId, ProfileImageKind kind, String keepUrl, Instant storedBefore) {
		return this.jdbc.sql("""
				delete from profile_images
				where account_id = :account and kind = :kind and url <> :keep and created_at < :before
				returning file_key
				""")
			.param("account", accountId)
			.param("kind", kind.key())
			.param("keep", keepUrl)
			.param("before", Timestamp.from(storedBefore))
			.query(String.class)
			.list();
	}

}
