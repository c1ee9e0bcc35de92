package social.murmur.feed.source;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.grpc.client.GrpcChannelFactory;
import org.springframework.stereotype.Component;
import social.murmur.contracts.posts.v1.GetStatusesRequest;
import social.murmur.contracts.posts.v1.ListStatusIdsByAuthorsRequest;
import social.murmur.contracts.posts.v1.Status;
import social.murmur.contracts.posts.v1.StatusesGrpc;

/** Statuses, read from the posts service. */
@Component
public class Statuses {

	/**
	 * The most statuses asked for in one call: a page needs one call, a rebuild of a
	 * whole timeline a few, and each answer stays well under gRPC's 4 MB message limit.
	 */
	static final int MAX_PER_CALL = 200;

	private final StatusesGrpc.StatusesBlockingStub statuses;

	public Statuses(GrpcChannelFactory channels) {
		this.statuses = StatusesGrpc.newBlockingStub(channels.createChannel("posts"));
	}

	/**
	 * The statuses with the given ids, in the order asked for; deleted or unknown ids are
	 * left out. Up to {@value #MAX_PER_CALL} ids take one call.
	 */
	public List<Status> byIds(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		if (ids.size() <= MAX_PER_CALL) {
			return this.statuses.getStatuses(GetStatusesRequest.newBuilder().addAllIds(ids).build()).getStatusesList();
		}
		List<Status> found = new ArrayList<>(ids.size());
		for (int from = 0; from < ids.size(); from += MAX_PER_CALL) {
			found.addAll(byIds(ids.subList(from, Math.min(from + MAX_PER_CALL, ids.size()))));
		}
		return found;
	}

	/**
	 * Ids of the newest statuses (direct messages left out) by any of the authors, newest
	 * first.
	 * @param maxId exclusive upper bound, zero for none
	 * @param minId exclusive lower bound, zero for none
	 */
	public List<Long> idsByAuthors(Collection<Long> authorIds, long maxId, long minId, int limit) {
		if (authorIds.isEmpty() || limit < 1) {
			return List.of();
		}
		return this.statuses
			.listStatusIdsByAuthors(ListStatusIdsByAuthorsRequest.newBuilder()
				.addAllAuthorIds(authorIds)
				.setMaxId(maxId)
				.setMinId(minId)
				.setLimit(limit)
				.build())
			.getIdsList();
	}

}
