package social.murmur.interactions.favourite;

import org.junit.jupiter.api.Test;
import social.murmur.contracts.posts.v1.Mention;
import social.murmur.contracts.posts.v1.Status;
import social.murmur.contracts.posts.v1.Visibility;
import social.murmur.contracts.users.v1.Account;

import static org.assertj.core.api.Assertions.assertThat;

class StatusVisibilityTest {

	private static final long AUTHOR = 1;

	private static final long MENTIONED = 2;

	private static final long OTHER = 3;

	@Test
	void publicAndUnlistedStatusesAreVisibleToEveryoneWithoutAFollowCheck() {
		for (Visibility visibility : new Visibility[] { Visibility.VISIBILITY_PUBLIC,
				Visibility.VISIBILITY_UNLISTED }) {
			Status status = status(visibility);
			assertThat(StatusVisibility.canSee(status, null, false)).isTrue();
			assertThat(StatusVisibility.canSee(status, OTHER, false)).isTrue();
			assertThat(StatusVisibility.needsFollowCheck(status, OTHER)).isFalse();
		}
	}

	@Test
	void privateStatusIsVisibleToTheAuthorTheMentionedAndFollowers() {
		Status status = status(Visibility.VISIBILITY_PRIVATE);

		assertThat(StatusVisibility.canSee(status, AUTHOR, false)).isTrue();
		assertThat(StatusVisibility.canSee(status, MENTIONED, false)).isTrue();
		assertThat(StatusVisibility.canSee(status, OTHER, true)).isTrue();
		assertThat(StatusVisibility.canSee(status, OTHER, false)).isFalse();
		assertThat(StatusVisibility.canSee(status, null, true)).isFalse();
	}

	@Test
	void onlyAPrivateStatusOfSomeoneElseThatDoesNotMentionTheViewerNeedsAFollowCheck() {
		Status status = status(Visibility.VISIBILITY_PRIVATE);

		assertThat(StatusVisibility.needsFollowCheck(status, OTHER)).isTrue();
		assertThat(StatusVisibility.needsFollowCheck(status, AUTHOR)).isFalse();
		assertThat(StatusVisibility.needsFollowCheck(status, MENTIONED)).isFalse();
		assertThat(StatusVisibility.needsFollowCheck(status, null)).isFalse();
		assertThat(StatusVisibility.needsFollowCheck(status(Visibility.VISIBILITY_DIRECT), OTHER)).isFalse();
	}

	@Test
	void directStatusIsVisibleToTheAuthorAndTheMentionedOnlyEvenToFollowers() {
		Status status = status(Visibility.VISIBILITY_DIRECT);

		assertThat(StatusVisibility.canSee(status, AUTHOR, false)).isTrue();
		assertThat(StatusVisibility.canSee(status, MENTIONED, false)).isTrue();
		assertThat(StatusVisibility.canSee(status, OTHER, true)).isFalse();
		assertThat(StatusVisibility.canSee(status, null, true)).isFalse();
	}

	@Test
	void statusOfUnknownVisibilityIsTreatedAsDirect() {
		Status status = status(Visibility.VISIBILITY_UNSPECIFIED);

		assertThat(StatusVisibility.canSee(status, AUTHOR, false)).isTrue();
		assertThat(StatusVisibility.canSee(status, OTHER, true)).isFalse();
		assertThat(StatusVisibility.canSee(status, null, false)).isFalse();
	}

	private static Status status(Visibility visibility) {
		return Status.newBuilder()
			.setId(100)
			.setVisibility(visibility)
			.setAccount(Account.newBuilder().setId(AUTHOR).setUsername("author"))
			.addMentions(Mention.newBuilder().setAccountId(MENTIONED).setUsername("mentioned"))
			.build();
	}

}
