package social.murmur.interactions.favourite;

import java.util.List;

import org.junit.jupiter.api.Test;
import social.murmur.platform.web.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;

class PageQueryTest {

	@Test
	void firstPageReadsNewestFirstWithoutBounds() {
		PageQuery query = PageQuery.of(PageRequest.first(20), "id");

		assertThat(query.conditions()).isEmpty();
		assertThat(query.orderBy()).isEqualTo(" order by id desc limit :limit");
		assertThat(query.params()).containsOnlyKeys("limit").containsEntry("limit", 20);
		assertThat(query.newestFirst(List.of(3, 2, 1))).containsExactly(3, 2, 1);
	}

	@Test
	void maxIdReadsOlderItemsNewestFirst() {
		PageQuery query = PageQuery.of(new PageRequest(50L, null, null, 2), "id");

		assertThat(query.conditions()).isEqualTo(" and id < :maxId");
		assertThat(query.params()).containsEntry("maxId", 50L).containsEntry("limit", 2);
		assertThat(query.orderBy()).contains("desc");
	}

	@Test
	void sinceIdReadsTheNewestItemsAfterIt() {
		PageQuery query = PageQuery.of(new PageRequest(null, 10L, null, 5), "id");

		assertThat(query.conditions()).isEqualTo(" and id > :lowerBound");
		assertThat(query.params()).containsEntry("lowerBound", 10L);
		assertThat(query.orderBy()).contains("desc");
		assertThat(query.ascending()).isFalse();
	}

	@Test
	void minIdReadsTheItemsRightAfterItAscendingAndTurnsThemNewestFirst() {
		PageQuery query = PageQuery.of(new PageRequest(null, null, 10L, 2), "id");

		assertThat(query.conditions()).isEqualTo(" and id > :lowerBound");
		assertThat(query.params()).containsEntry("lowerBound", 10L);
		assertThat(query.orderBy()).isEqualTo(" order by id asc limit :limit");
		assertThat(query.newestFirst(List.of(11, 12))).containsExactly(12, 11);
	}

	@Test
	void minIdWinsOverSinceIdAndBothBoundsCombineWithMaxId() {
		PageQuery query = PageQuery.of(new PageRequest(90L, 10L, 20L, 3), "f.id");

		assertThat(query.conditions()).isEqualTo(" and f.id < :maxId and f.id > :lowerBound");
		assertThat(query.params()).containsEntry("maxId", 90L).containsEntry("lowerBound", 20L);
		assertThat(query.orderBy()).isEqualTo(" order by f.id asc limit :limit");
	}

	@Test
	void linksOfAPageFollowTheLikesReadEvenWhenItemsAreLeftOut() {
		List<Favourite> read = List.of(favourite(30), favourite(20), favourite(10));

		Page<String> page = Page.of(List.of("only one left"), read);

		assertThat(page.newestId()).isEqualTo(30);
		assertThat(page.oldestId()).isEqualTo(10);
		assertThat(page.map(String::length).items()).containsExactly(13);
		assertThat(Page.of(List.of(), List.of()).newestId()).isNull();
	}

	private static Favourite favourite(long id) {
		return new Favourite(id, 1, 2, 3, java.time.Instant.EPOCH);
	}

}
