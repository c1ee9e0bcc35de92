package social.murmur.interactions.favourite;

import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * One page of a list of likes: the items to show, and the ids of the newest and oldest
 * likes read, which the {@code Link} header follows even when some items were left out
 * (an account or status gone), so that paging never stalls on them.
 */
public record Page<T>(List<T> items, @Nullable Long newestId, @Nullable Long oldestId) {

	/** The same page with every item turned into another. */
	public <R> Page<R> map(Function<T, R> mapper) {
		return new Page<>(this.items.stream().map(mapper).toList(), this.newestId, this.oldestId);
	}

	public static <T> Page<T> of(List<T> items, List<Favourite> read) {
		return read.isEmpty() ? new Page<>(items, null, null)
				: new Page<>(items, read.getFirst().id(), read.getLast().id());
	}

}
