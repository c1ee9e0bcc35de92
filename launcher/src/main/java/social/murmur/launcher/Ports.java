package social.murmur.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/** Finding free ports and waiting for servers to listen. */
public final class Ports {

	/**
	 * Where ports are picked: below the kernel's ephemeral range (Linux's default starts
	 * at 32768). A port from that range ({@code new ServerSocket(0)}) is free when asked,
	 * but a service may take a while to bind it, and meanwhile any outgoing connection of
	 * the other services (to Kafka, PostgreSQL, Redis, each other) can get it as its
	 * local port, and the bind fails with "Address already in use".
	 */
	private static final int LOWEST = 15_000;

	private static final int HIGHEST = ephemeralStart() - 1;

	/** Handed out by this process already; not handed out again while it runs. */
	private static final Set<Integer> handedOut = ConcurrentHashMap.newKeySet();

	private Ports() {
	}

	/**
	 * A port nothing listens on, outside the range the kernel gives outgoing connections.
	 */
	public static int free() {
		for (int attempt = 0; attempt < 1_000; attempt++) {
			int port = ThreadLocalRandom.current().nextInt(LOWEST, HIGHEST + 1);
			if (!handedOut.contains(port) && isFreeEverywhere(port) && handedOut.add(port)) {
				return port;
			}
		}
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean isFreeEverywhere(int port) {
		try (ServerSocket socket = new ServerSocket()) {
			socket.bind(new InetSocketAddress(port));
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static int ephemeralStart() {
		try {
			String range = Files.readString(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).trim();
			int start = Integer.parseInt(range.split("\\s+")[0]);
			return (start > LOWEST + 1_000) ? start : 32_768;
		}
		catch (IOException | RuntimeException ex) {
			return 32_768;
		}
	}

	static boolean isFree(int port) {
		try (ServerSocket socket = new ServerSocket()) {
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress("127.0.0.1", port));
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	static boolean accepts(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
