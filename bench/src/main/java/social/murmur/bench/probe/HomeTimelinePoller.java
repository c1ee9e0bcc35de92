package social.murmur.bench.probe;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import social.murmur.bench.api.Gateway;
import social.murmur.bench.api.Member;
import social.murmur.bench.api.Reply;

/**
 * Watches home timelines through the API, as their owners would see them: each viewer
 * reads its first page again and again until a status shows up in it.
 */
final class HomeTimelinePoller {

	private static final long PAUSE_MILLIS = 20;

	private final Gateway gateway;

	HomeTimelinePoller(Gateway gateway) {
		this.gateway = gateway;
	}

	/**
	 * @return for each viewer, the milliseconds from {@code acknowledged} until a read
	 * showed the status, or -1 if none did within the timeout
	 */
	List<Double> await(List<Member> viewers, String statusId, long acknowledged, Duration timeout) {
		long deadline = acknowledged + timeout.toNanos();
		List<Future<Double>> lags = new ArrayList<>();
		try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
			for (Member viewer : viewers) {
				lags.add(executor.submit(() -> {
					while (System.nanoTime() < deadline) {
						Reply page = this.gateway.get("/api/v1/timelines/home?limit=20", viewer.token());
						long answered = System.nanoTime();
						if (page.ok() && page.mentionsId(statusId)) {
							return (answered - acknowledged) / 1e6;
						}
						Thread.sleep(PAUSE_MILLIS);
					}
					return -1.0;
				}));
			}
		}
		List<Double> results = new ArrayList<>();
		for (Future<Double> lag : lags) {
			results.add((lag.state() == Future.State.SUCCESS) ? lag.resultNow() : -1.0);
		}
		return results;
	}

}
