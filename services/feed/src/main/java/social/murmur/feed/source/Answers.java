package social.murmur.feed.source;

import java.util.concurrent.ExecutionException;

import com.google.common.util.concurrent.ListenableFuture;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;

/** Waiting for the answer of a call made with a future stub. */
final class Answers {

	private Answers() {
	}

	/**
	 * The answer, once it has come; a failure is thrown as the blocking stub would have
	 * thrown it, and an interrupted wait cancels the call.
	 */
	static <T> T await(ListenableFuture<T> answer) {
		try {
			return answer.get();
		}
		catch (InterruptedException ex) {
			answer.cancel(true);
			Thread.currentThread().interrupt();
			throw Status.CANCELLED.withDescription("Interrupted").withCause(ex).asRuntimeException();
		}
		catch (ExecutionException ex) {
			throw (ex.getCause() instanceof StatusRuntimeException failure) ? failure
					: Status.fromThrowable(ex.getCause()).asRuntimeException();
		}
	}

}
