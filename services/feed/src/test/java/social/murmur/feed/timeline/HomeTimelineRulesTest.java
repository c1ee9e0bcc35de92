package social.murmur.feed.timeline;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HomeTimelineRulesTest {

	private static final long VIEWER = 1;

	private static final long AUTHOR = 2;

	private static final long FOLLOWED = 3;

	private static final long STRANGER = 4;

	private static boolean admits(long author, long inReplyToAccountId) {
		return HomeTimelineRules.admits(VIEWER, author, inReplyToAccountId, Set.of(AUTHOR, FOLLOWED)::contains);
	}

	@Test
	void admitsStatusesThatAreNoReplies() {
		assertThat(admits(AUTHOR, 0)).isTrue();
	}

	@Test
	void admitsRepliesToAnAccountTheViewerFollows() {
		assertThat(admits(AUTHOR, FOLLOWED)).isTrue();
	}

	@Test
	void leavesOutRepliesToAnAccountTheViewerDoesNotFollow() {
		assertThat(admits(AUTHOR, STRANGER)).isFalse();
	}

	@Test
	void admitsRepliesToTheViewer() {
		assertThat(admits(AUTHOR, VIEWER)).isTrue();
	}

	@Test
	void admitsThreadsOfRepliesToOneself() {
		assertThat(admits(AUTHOR, AUTHOR)).isTrue();
	}

	@Test
	void admitsTheViewersOwnRepliesToAnyone() {
		assertThat(admits(VIEWER, STRANGER)).isTrue();
	}

	@Test
	void authorsAreTheFollowedAccountsAndTheViewerOnce() {
		assertThat(HomeTimelineRules.authors(VIEWER, List.of(AUTHOR, FOLLOWED, VIEWER))).containsExactly(AUTHOR,
				FOLLOWED, VIEWER);
		assertThat(HomeTimelineRules.authors(VIEWER, List.of())).containsExactly(VIEWER);
	}

}
