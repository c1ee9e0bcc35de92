package social.murmur.notifications.remote;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.grpc.client.GrpcChannelFactory;
import org.springframework.stereotype.Component;
import social.murmur.contracts.posts.v1.GetStatusesRequest;
import social.murmur.contracts.posts.v1.Status;
import social.murmur.contracts.posts.v1.StatusesGrpc;

/**
 * The posts service, over the {@code posts} gRPC channel: statuses to show in
 * notifications.
 */
@Component
public class PostsClient {

	private final StatusesGrpc.StatusesBlockingStub statuses;

	public PostsClient(GrpcChannelFactory channels) {
		this.statuses = StatusesGrpc.newBlockingStub(channels.createChannel("posts"));
	}

	/** The statuses with the given ids, by id; deleted or unknown ids are left out. */
	public Map<Long, Status> statuses(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<Long, Status> found = new LinkedHashMap<>();
		for (Status status : this.statuses.getStatuses(GetStatusesRequest.newBuilder().addAllIds(ids).build())
			.getStatusesList()) {
			found.put(status.getId(), status);
		}
		return found;
	}

}
