package social.murmur.posts.status;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** Reads statuses for a viewer, leaving out those the viewer may not see. */
@Service
public class ShowStatus {

	private final Statuses statuses;

	private final StatusAccess access;

	public ShowStatus(Statuses statuses, StatusAccess access) {
		this.statuses = statuses;
		this.access = access;
	}

	/**
	 * @param viewerId the signed-in account, or null
	 */
	public Optional<Status> find(long id, @Nullable Long viewerId) {
		return this.statuses.find(id).filter((status) -> this.access.canSee(status, viewerId));
	}

	/** The visible statuses among the given ids, in the order of the ids. */
	public List<Status> findAll(List<Long> ids, @Nullable Long viewerId) {
		return this.access.visible(this.statuses.findAll(ids), viewerId);
	}

}
