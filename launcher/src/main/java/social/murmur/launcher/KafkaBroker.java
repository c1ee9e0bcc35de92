package social.murmur.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.apache.kafka.common.Uuid;

/**
 * A single-node Kafka broker in KRaft mode, run as its own JVM from the launcher's
 * classpath, with its log in the given folder. Its ports are remembered in that folder,
 * because a KRaft controller must keep its address across restarts.
 */
final class KafkaBroker implements AutoCloseable {

	private final Process process;

	private final int port;

	private KafkaBroker(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	static KafkaBroker start(Path dataDirectory, Path logFile) {
		try {
			Files.createDirectories(dataDirectory);
			Properties state = loadState(dataDirectory.resolve("murmur-broker.properties"));
			int brokerPort = port(state, "broker.port");
			int controllerPort = port(state, "controller.port");
			Path logDirectory = dataDirectory.resolve("log");
			Path config = dataDirectory.resolve("server.properties");
			writeConfig(config, logDirectory, brokerPort, controllerPort);
			if (!Files.exists(logDirectory.resolve("meta.properties"))) {
				String clusterId = state.getProperty("cluster.id", Uuid.randomUuid().toString());
				state.setProperty("cluster.id", clusterId);
				run(List.of("kafka.tools.StorageTool", "format", "-t", clusterId, "-c", config.toString()), logFile,
						Duration.ofSeconds(60));
			}
			saveState(dataDirectory.resolve("murmur-broker.properties"), state);
			Process process = java(List.of("kafka.Kafka", config.toString()), logFile).start();
			long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
			while (!Ports.accepts(brokerPort)) {
				if (!process.isAlive()) {
					throw new IllegalStateException("Kafka stopped while starting; see " + logFile);
				}
				if (System.nanoTime() > deadline) {
					process.destroyForcibly();
					throw new IllegalStateException("Kafka did not start within 60 s; see " + logFile);
				}
				Thread.sleep(100);
			}
			return new KafkaBroker(process, brokerPort);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Kafka did not start", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while starting Kafka", ex);
		}
	}

	String bootstrapServers() {
		return "127.0.0.1:" + this.port;
	}

	private static int port(Properties state, String key) {
		String remembered = state.getProperty(key);
		if (remembered != null && Ports.isFree(Integer.parseInt(remembered))) {
			return Integer.parseInt(remembered);
		}
		int port = Ports.free();
		state.setProperty(key, Integer.toString(port));
		return port;
	}

	private static void writeConfig(Path config, Path logDirectory, int brokerPort, int controllerPort)
			throws IOException {
		Properties properties = new Properties();
		properties.setProperty("process.roles", "broker,controller");
		properties.setProperty("node.id", "1");
		properties.setProperty("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
		properties.setProperty("listeners",
				"PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
		properties.setProperty("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
		properties.setProperty("controller.listener.names", "CONTROLLER");
		properties.setProperty("inter.broker.listener.name", "PLAINTEXT");
		properties.setProperty("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT");
		properties.setProperty("log.dirs", logDirectory.toAbsolutePath().toString());
		properties.setProperty("num.partitions", "6");
		properties.setProperty("offsets.topic.replication.factor", "1");
		properties.setProperty("offsets.topic.num.partitions", "6");
		properties.setProperty("transaction.state.log.replication.factor", "1");
		properties.setProperty("transaction.state.log.min.isr", "1");
		properties.setProperty("share.coordinator.state.topic.replication.factor", "1");
		properties.setProperty("share.coordinator.state.topic.min.isr", "1");
		properties.setProperty("group.initial.rebalance.delay.ms", "0");
		properties.setProperty("auto.create.topics.enable", "true");
		properties.setProperty("log.retention.hours", "168");
		try (Writer writer = Files.newBufferedWriter(config)) {
			properties.store(writer, "Written by the Murmur launcher at every start");
		}
	}

	private static void run(List<String> arguments, Path logFile, Duration timeout)
			throws IOException, InterruptedException {
		Process process = java(arguments, logFile).start();
		if (!process.waitFor(timeout.toSeconds(), java.util.concurrent.TimeUnit.SECONDS) || process.exitValue() != 0) {
			process.destroyForcibly();
			throw new IllegalStateException("Formatting Kafka's storage failed; see " + logFile);
		}
	}

	private static ProcessBuilder java(List<String> arguments, Path logFile) throws IOException {
		Files.createDirectories(logFile.getParent());
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command
			.addAll(List.of("-Xms64m", "-Xmx384m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path")));
		command.addAll(arguments);
		return new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
	}

	private static Properties loadState(Path file) throws IOException {
		Properties state = new Properties();
		if (Files.exists(file)) {
			try (var reader = Files.newBufferedReader(file)) {
				state.load(reader);
			}
		}
		return state;
	}

	private static void saveState(Path file, Properties state) throws IOException {
		try (Writer writer = Files.newBufferedWriter(file)) {
			state.store(writer, "Murmur launcher: this broker's cluster id and ports");
		}
	}

	@Override
	public void close() {
		Processes.stop(this.process, Duration.ofSeconds(20));
	}

}
