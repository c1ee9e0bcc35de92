package social.murmur.posts.status;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The conversation around a status: what it replies to, up to the first post, and the
 * replies below it, as far as the viewer may see them.
 */
@Service
public class ShowThread {

	/** Mastodon's limits: a deep thread is cut rather than read whole. */
	static final int MAX_ANCESTORS = 40;

	static final int MAX_DESCENDANTS_SIGNED_IN = 4_096;

	static final int MAX_DESCENDANTS_ANONYMOUS = 60;

	private final Statuses statuses;

	private final StatusAccess access;

	public ShowThread(Statuses statuses, StatusAccess access) {
		this.statuses = statuses;
		this.access = access;
	}

	/** Empty when the status does not exist or the viewer may not see it. */
	public Optional<Context> show(long id, @Nullable Long viewerId) {
		return this.statuses.find(id)
			.filter((status) -> this.access.canSee(status, viewerId))
			.map((status) -> new Context(this.access.visible(this.statuses.ancestors(status, MAX_ANCESTORS), viewerId),
					this.access.visible(
							this.statuses.descendants(id,
									(viewerId != null) ? MAX_DESCENDANTS_SIGNED_IN : MAX_DESCENDANTS_ANONYMOUS),
							viewerId)));
	}

	/**
	 * @param ancestors oldest first
	 * @param descendants depth first, in the order they were written
	 */
	public record Context(List<Status> ancestors, List<Status> descendants) {
	}

}
