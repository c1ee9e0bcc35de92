package social.murmur.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

/**
 * One service running as its own JVM, its output appended to a log file. Supervised: if
 * it dies without being asked to, it is started again after a pause, as an orchestrator
 * would.
 */
final class ServiceProcess implements AutoCloseable {

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

	private final String name;

	private final List<String> command;

	private final Map<String, String> environment;

	private final int httpPort;

	private final Path logFile;

	private final Consumer<String> progress;

	private volatile @Nullable Process process;

	private volatile boolean stopping;

	private int restarts;

	ServiceProcess(String name, Path jar, List<String> jvmOptions, Map<String, String> environment, int httpPort,
			Path logFile, Consumer<String> progress) {
		this.name = name;
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvmOptions);
		command.add("-jar");
		command.add(jar.toAbsolutePath().toString());
		this.command = List.copyOf(command);
		this.environment = Map.copyOf(environment);
		this.httpPort = httpPort;
		this.logFile = logFile;
		this.progress = progress;
	}

	String name() {
		return this.name;
	}

	int httpPort() {
		return this.httpPort;
	}

	synchronized void start() {
		try {
			Files.createDirectories(this.logFile.getParent());
			ProcessBuilder builder = new ProcessBuilder(this.command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(this.logFile.toFile()));
			builder.environment().putAll(this.environment);
			this.stopping = false;
			Process started = builder.start();
			this.process = started;
			started.onExit().thenAccept(this::exited);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start " + this.name, ex);
		}
	}

	/** Waits until the service reports itself ready to take traffic. */
	void awaitReady(Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.httpPort + "/actuator/health/readiness"))
			.timeout(Duration.ofSeconds(2))
			.build();
		while (System.nanoTime() < deadline) {
			Process current = this.process;
			if (current == null || (!current.isAlive() && this.restarts > 2)) {
				throw new IllegalStateException(
						this.name + " keeps stopping while starting; last lines of " + this.logFile + ":\n" + tail(40));
			}
			try {
				if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while waiting for " + this.name, ex);
			}
			sleep(250);
		}
		throw new IllegalStateException(this.name + " was not ready within " + timeout.toSeconds()
				+ " s; last lines of " + this.logFile + ":\n" + tail(40));
	}

	private void exited(Process exited) {
		if (this.stopping || exited != this.process) {
			return;
		}
		this.restarts++;
		long pause = Math.min(30_000L, 1_000L << Math.min(this.restarts, 5));
		this.progress.accept(this.name + " stopped unexpectedly (exit " + exited.exitValue() + "); restarting in "
				+ pause / 1000 + " s. See " + this.logFile);
		Thread.ofVirtual().start(() -> {
			sleep(pause);
			if (!this.stopping) {
				start();
			}
		});
	}

	/** Stops the process gracefully; it is not restarted. */
	void stop() {
		this.stopping = true;
		Process current = this.process;
		if (current != null) {
			Processes.stop(current, Duration.ofSeconds(20));
		}
	}

	@Override
	public void close() {
		stop();
	}

	String tail(int lines) {
		try {
			List<String> all = Files.readAllLines(this.logFile);
			return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
		}
		catch (IOException ex) {
			return "(no log: " + ex.getMessage() + ")";
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
