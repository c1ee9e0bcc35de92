package social.murmur.interactions.remote;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.grpc.client.GrpcChannelFactory;
import org.springframework.stereotype.Component;
import social.murmur.contracts.posts.v1.GetStatusesRequest;
import social.murmur.contracts.posts.v1.Status;
import social.murmur.contracts.posts.v1.StatusesGrpc;

/**
 * The posts service, over the {@code posts} gRPC channel: the statuses that are liked.
 */
@Component
public class PostsClient {

	/** The most ids posts answers in one call. */
	static final int MAX_PER_CALL = 800;

	private final StatusesGrpc.StatusesBlockingStub statuses;

	public PostsClient(GrpcChannelFactory channels) {
		this.statuses = StatusesGrpc.newBlockingStub(channels.createChannel("posts"));
	}

	/** The status, unless it is deleted or unknown. */
	public Optional<Status> status(long id) {
		return Optional.ofNullable(statuses(List.of(id)).get(id));
	}

	/** The statuses with the given ids, by id; deleted or unknown ids are left out. */
	public Map<Long, Status> statuses(Collection<Long> ids) {
		Map<Long, Status> found = new LinkedHashMap<>();
		List<Long> all = List.copyOf(ids);
		for (int from = 0; from < all.size(); from += MAX_PER_CALL) {
			List<Long> chunk = all.subList(from, Math.min(from + MAX_PER_CALL, all.size()));
			for (Status status : this.statuses.getStatuses(GetStatusesRequest.newBuilder().addAllIds(chunk).build())
				.getStatusesList()) {
				found.put(status.getId(), status);
			}
		}
		return found;
	}

}
