package social.murmur.posts.status.grpc;

import java.util.List;
import java.util.function.Supplier;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import social.murmur.contracts.posts.v1.GetStatusesRequest;
import social.murmur.contracts.posts.v1.ListStatusIdsByAuthorsRequest;
import social.murmur.contracts.posts.v1.StatusIdList;
import social.murmur.contracts.posts.v1.StatusList;
import social.murmur.contracts.posts.v1.StatusesGrpc;
import social.murmur.posts.status.StatusMessages;
import social.murmur.posts.status.Statuses;

/**
 * Statuses for other services: hydration of timelines (feed) and of notifications. Each
 * call is one or two SQL queries and at most one call to users, whatever its size.
 */
@Service
class StatusesGrpcService extends StatusesGrpc.StatusesImplBase {

	/** The most ids one call may carry: a whole home timeline. */
	static final int MAX_IDS = 800;

	/** The most ids one call may return, and the most authors one call may ask about. */
	static final int MAX_LIMIT = 800;

	static final int MAX_AUTHORS = 10_000;

	private static final Logger logger = LoggerFactory.getLogger(StatusesGrpcService.class);

	private final Statuses statuses;

	private final StatusMessages messages;

	StatusesGrpcService(Statuses statuses, StatusMessages messages) {
		this.statuses = statuses;
		this.messages = messages;
	}

	@Override
	public void getStatuses(GetStatusesRequest request, StreamObserver<StatusList> responses) {
		if (request.getIdsCount() > MAX_IDS) {
			responses.onError(Status.INVALID_ARGUMENT
				.withDescription("At most " + MAX_IDS + " ids per call, got " + request.getIdsCount())
				.asRuntimeException());
			return;
		}
		answer(responses,
				() -> StatusList.newBuilder()
					.addAllStatuses(this.messages.toMessages(this.statuses.findAll(request.getIdsList())))
					.build());
	}

	@Override
	public void listStatusIdsByAuthors(ListStatusIdsByAuthorsRequest request, StreamObserver<StatusIdList> responses) {
		if (request.getAuthorIdsCount() > MAX_AUTHORS) {
			responses.onError(Status.INVALID_ARGUMENT
				.withDescription("At most " + MAX_AUTHORS + " authors per call, got " + request.getAuthorIdsCount())
				.asRuntimeException());
			return;
		}
		if (request.getMaxId() < 0 || request.getMinId() < 0) {
			responses.onError(Status.INVALID_ARGUMENT.withDescription("max_id and min_id must not be negative")
				.asRuntimeException());
			return;
		}
		int limit = Math.clamp(request.getLimit(), 1, MAX_LIMIT);
		long[] authors = request.getAuthorIdsList().stream().mapToLong(Long::longValue).distinct().toArray();
		answer(responses,
				() -> StatusIdList.newBuilder()
					.addAllIds((authors.length == 0) ? List.of()
							: this.statuses.idsByAuthors(authors, request.getMaxId(), request.getMinId(), limit))
					.build());
	}

	/**
	 * Sends the answer, or the status of a failed call to users (so that callers see
	 * {@code UNAVAILABLE} rather than {@code UNKNOWN} while users is down).
	 */
	private static <T> void answer(StreamObserver<T> responses, Supplier<T> answer) {
		T response;
		try {
			response = answer.get();
		}
		catch (StatusRuntimeException ex) {
			logger.warn("Could not answer a Statuses call: {}", ex.getStatus());
			responses.onError(ex.getStatus().asRuntimeException());
			return;
		}
		catch (RuntimeException ex) {
			logger.error("Statuses call failed", ex);
			responses.onError(Status.INTERNAL.withDescription("Internal error").asRuntimeException());
			return;
		}
		responses.onNext(response);
		responses.onCompleted();
	}

}
