package social.murmur.feed.cache;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import social.murmur.contracts.media.v1.MediaAttachment;
import social.murmur.contracts.posts.v1.Status;
import social.murmur.contracts.posts.v1.Visibility;
import social.murmur.contracts.users.v1.Account;

import static org.assertj.core.api.Assertions.assertThat;

class StatusBytesTest {

	private static final Status STATUS = Status.newBuilder()
		.setId(388393137875189760L)
		.setCreatedAt(1_700_000_000_000L)
		.setInReplyToId(12)
		.setVisibility(Visibility.VISIBILITY_PUBLIC)
		.setLanguage("en")
		.setContent("<p>Hello &amp; welcome ✨</p>")
		.setAccount(Account.newBuilder().setId(388393137875189001L))
		.addMediaAttachments(MediaAttachment.newBuilder().setId(5).setDescription("A cat"))
		.setFavouritesCount(3)
		.build();

	@Test
	void readsTheAuthorOfAStatusAsTheCacheStoresIt() {
		assertThat(StatusBytes.authorId(CachedStatus.bare(STATUS).toByteArray())).hasValue(388393137875189001L);
	}

	@Test
	void readsTheAuthorOfAStatusWithItsWholeAccount() {
		Status whole = STATUS.toBuilder()
			.setAccount(
					Account.newBuilder().setId(42).setUsername("alice").setDisplayName("Alice").setNote("<p>Hi</p>"))
			.build();

		assertThat(StatusBytes.authorId(whole.toByteArray())).hasValue(42);
	}

	@Test
	void findsNoAuthorInAStatusWithout() {
		assertThat(StatusBytes.authorId(STATUS.toBuilder().clearAccount().build().toByteArray())).isEmpty();
		assertThat(StatusBytes.authorId(new byte[0])).isEmpty();
	}

	@Test
	void findsNoAuthorInBytesThatAreNotAStatus() {
		byte[] encoded = STATUS.toByteArray();

		assertThat(StatusBytes.authorId(Arrays.copyOf(encoded, encoded.length - 3))).isEmpty();
		assertThat(StatusBytes.authorId("not protobuf at all".getBytes())).isEmpty();
		assertThat(StatusBytes.authorId(new byte[] { (byte) 0xff, (byte) 0xff, (byte) 0xff })).isEmpty();
	}

	@Test
	void aStoredStatusDecodesToTheStatusItWasMadeFrom() {
		Status bare = CachedStatus.bare(STATUS);
		Account author = Account.newBuilder().setId(388393137875189001L).setUsername("alice").build();

		CachedStatus stored = CachedStatus.stored(STATUS.getId(), bare.toByteArray(), author, author.toByteArray());

		assertThat(stored.id()).isEqualTo(STATUS.getId());
		assertThat(stored.bare()).isEqualTo(bare);
		assertThat(stored.status()).isEqualTo(STATUS.toBuilder().setAccount(author).build());
	}

}
