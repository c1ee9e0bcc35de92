package social.murmur.feed.fanout;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import social.murmur.contracts.events.v1.StatusPublished;

import static org.assertj.core.api.Assertions.assertThat;

class AudienceTest {

	private static final long AUTHOR = 10;

	private static final long REPLIED_TO = 20;

	@Test
	void directStatusGoesToTheAuthorAndTheMentionedAccountsOnly() {
		StatusPublished direct = status("direct", 0).addMentionedAccountIds(31)
			.addMentionedAccountIds(32)
			.addMentionedAccountIds(AUTHOR)
			.build();

		assertThat(Audience.isDirect(direct)).isTrue();
		assertThat(Audience.ofDirect(direct)).containsExactly(AUTHOR, 31L, 32L);
	}

	@Test
	void otherVisibilitiesGoToFollowers() {
		for (String visibility : List.of("public", "unlisted", "private", "")) {
			assertThat(Audience.isDirect(status(visibility, 0).build())).as(visibility).isFalse();
		}
	}

	@Test
	void onlyRepliesToSomeoneElseAreFiltered() {
		assertThat(Audience.repliedToOther(status("public", 0).build())).isZero();
		assertThat(Audience.repliedToOther(status("public", AUTHOR).build())).isZero();
		assertThat(Audience.repliedToOther(status("public", REPLIED_TO).build())).isEqualTo(REPLIED_TO);
	}

	@Test
	void aReplyGoesToFollowersWhoFollowTheRepliedToAccountAndToThatAccount() {
		List<Long> followers = List.of(1L, 2L, 3L, REPLIED_TO, 40L);

		assertThat(Audience.ofReply(AUTHOR, REPLIED_TO, followers, Set.of(2L, 40L, 99L))).containsExactly(2L,
				REPLIED_TO, 40L);
		assertThat(Audience.ofReply(AUTHOR, REPLIED_TO, followers, Set.of())).containsExactly(REPLIED_TO);
	}

	private static StatusPublished.Builder status(String visibility, long inReplyToAccountId) {
		return StatusPublished.newBuilder()
			.setEventId(1)
			.setStatusId(100)
			.setAuthorId(AUTHOR)
			.setVisibility(visibility)
			.setInReplyToAccountId(inReplyToAccountId)
			.setInReplyToId((inReplyToAccountId != 0) ? 99 : 0);
	}

}
