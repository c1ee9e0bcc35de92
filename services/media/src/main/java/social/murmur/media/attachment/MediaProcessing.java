package social.murmur.media.attachment;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import javax.imageio.ImageIO;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import social.murmur.platform.web.ApiException;

/**
 * Bounds the work on images: at most {@code concurrency} uploads are decoded or processed
 * at a time (each may hold tens of megabytes of pixels), whether in a request or in the
 * background. A permit is taken before decoding and given back once the files are stored;
 * an upload that cannot get one within the queue timeout is answered 503. The background
 * executor has as many threads as there are permits, so its queue never holds more than
 * the permits allow.
 */
@Component
public class MediaProcessing implements DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(MediaProcessing.class);

	private final Semaphore permits;

	private final Duration queueTimeout;

	private final ExecutorService executor;

	public MediaProcessing(MediaProperties properties) {
		// Registers the WebP reader (a jar of the application, which ImageIO's registry
		// may
		// not see when first used from a thread with another context class loader).
		ImageIO.scanForPlugins();
		if (!ImageIO.getImageReadersByFormatName("webp").hasNext()) {
			logger.warn("No WebP decoder found: WebP uploads will be refused");
		}
		int concurrency = Math.max(1, properties.processing().concurrency());
		this.permits = new Semaphore(concurrency, true);
		this.queueTimeout = properties.processing().queueTimeout();
		AtomicInteger threads = new AtomicInteger();
		this.executor = new ThreadPoolExecutor(concurrency, concurrency, 0, TimeUnit.MILLISECONDS,
				new LinkedBlockingQueue<>(), (task) -> {
					Thread thread = new Thread(task, "media-processing-" + threads.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				});
	}

	/**
	 * Waits for a turn to work on an image.
	 * @throws ApiException 503 when none comes within the queue timeout
	 */
	public Permit acquire() {
		try {
			if (!this.permits.tryAcquire(this.queueTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new ApiException(503, "Too many uploads are being processed, please try again");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ApiException(503, "Too many uploads are being processed, please try again");
		}
		return new Permit();
	}

	/**
	 * Runs the job in the background, handing it the permit, which is given back when the
	 * job ends.
	 * @return false when the executor no longer takes jobs (shutting down)
	 */
	public boolean submit(Permit permit, Runnable job) {
		Permit handedOver = permit.handOver();
		try {
			this.executor.execute(() -> {
				try {
					job.run();
				}
				finally {
					handedOver.close();
				}
			});
			return true;
		}
		catch (RejectedExecutionException ex) {
			handedOver.close();
			return false;
		}
	}

	@Override
	public void destroy() throws InterruptedException {
		this.executor.shutdown();
		this.executor.awaitTermination(10, TimeUnit.SECONDS);
	}

	/** A turn to work on an image; closing it gives it back (once). */
	public final class Permit implements AutoCloseable {

		private final AtomicBoolean held = new AtomicBoolean(true);

		Permit handOver() {
			if (!this.held.getAndSet(false)) {
				throw new IllegalStateException("Permit already given back");
			}
			return new Permit();
		}

		@Override
		public void close() {
			if (this.held.getAndSet(false)) {
				MediaProcessing.this.permits.release();
			}
		}

	}

}
