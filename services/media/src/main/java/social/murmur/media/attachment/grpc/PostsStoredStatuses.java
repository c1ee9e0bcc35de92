package social.murmur.media.attachment.grpc;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import io.grpc.StatusRuntimeException;
import org.springframework.grpc.client.GrpcChannelFactory;
import org.springframework.stereotype.Component;
import social.murmur.contracts.posts.v1.GetStatusesRequest;
import social.murmur.contracts.posts.v1.Status;
import social.murmur.contracts.posts.v1.StatusesGrpc;
import social.murmur.media.attachment.StoredStatuses;

/**
 * Asks posts ({@code Statuses.GetStatuses}, channel {@code posts},
 * {@code spring.grpc.client.channels.posts.address}). The request carries ids only, so no
 * viewer or visibility filters anything out: posts answers every stored status that is
 * not deleted (direct messages included) and leaves out unknown and deleted ids.
 */
@Component
class PostsStoredStatuses implements StoredStatuses {

	private final StatusesGrpc.StatusesBlockingStub posts;

	PostsStoredStatuses(GrpcChannelFactory channels) {
		this.posts = StatusesGrpc.newBlockingStub(channels.createChannel("posts"));
	}

	@Override
	public Set<Long> among(Collection<Long> statusIds) {
		if (statusIds.size() > MAX_IDS) {
			throw new IllegalArgumentException("At most " + MAX_IDS + " ids per call, got " + statusIds.size());
		}
		if (statusIds.isEmpty()) {
			return Set.of();
		}
		try {
			return this.posts.getStatuses(GetStatusesRequest.newBuilder().addAllIds(statusIds).build())
				.getStatusesList()
				.stream()
				.map(Status::getId)
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (StatusRuntimeException ex) {
			throw new Unavailable("Posts did not answer GetStatuses: " + ex.getStatus(), ex);
		}
	}

}
