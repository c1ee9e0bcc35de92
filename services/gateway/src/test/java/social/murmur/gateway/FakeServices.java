package social.murmur.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stands in for the five services: one small HTTP server each, on a free local port, that
 * answers every request with a JSON echo of what it received (method, raw path and query,
 * headers, the body or for a large one its length and SHA-256). A query parameter
 * {@code sleep_ms} makes it answer late.
 */
public final class FakeServices {

	public static final List<String> NAMES = List.of("auth", "users", "posts", "feed", "notifications", "interactions",
			"media");

	/** Bodies up to this size are echoed in full. */
	private static final int ECHOED_BODY = 64 * 1024;

	private static final Pattern SLEEP = Pattern.compile("(?:^|&)sleep_ms=(\\d+)");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

	private final Map<String, HttpServer> servers = new ConcurrentHashMap<>();

	private final Map<String, Integer> ports = new ConcurrentHashMap<>();

	private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();

	private FakeServices() {
	}

	static FakeServices start() {
		FakeServices services = new FakeServices();
		NAMES.forEach((name) -> services.startServer(name, 0));
		return services;
	}

	public URI uri(String name) {
		return URI.create("http://127.0.0.1:" + this.ports.get(name));
	}

	/** How many requests the service has received so far. */
	public int requestCount(String name) {
		return this.requests.computeIfAbsent(name, (key) -> new AtomicInteger()).get();
	}

	/** Takes the service down: its port refuses connections until {@link #restart}. */
	public void stop(String name) {
		this.servers.remove(name).stop(0);
	}

	/** Brings a stopped service back on its old port. */
	public void restart(String name) {
		startServer(name, this.ports.get(name));
	}

	private void startServer(String name, int port) {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
			server.createContext("/", (exchange) -> echo(name, exchange));
			server.setExecutor(this.executor);
			server.start();
			this.servers.put(name, server);
			this.ports.put(name, server.getAddress().getPort());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void echo(String name, HttpExchange exchange) throws IOException {
		try (exchange) {
			this.requests.computeIfAbsent(name, (key) -> new AtomicInteger()).incrementAndGet();
			byte[] body;
			try (InputStream in = exchange.getRequestBody()) {
				body = in.readAllBytes();
			}
			String query = exchange.getRequestURI().getRawQuery();
			sleepIfAsked(query);
			Map<String, List<String>> headers = new TreeMap<>();
			exchange.getRequestHeaders()
				.forEach((header, values) -> headers.put(header.toLowerCase(Locale.ROOT), values));
			Map<String, Object> echo = new LinkedHashMap<>();
			echo.put("service", name);
			echo.put("method", exchange.getRequestMethod());
			echo.put("path", exchange.getRequestURI().getRawPath());
			echo.put("query", query);
			echo.put("headers", headers);
			echo.put("body_length", body.length);
			echo.put("body_sha256", sha256(body));
			if (body.length <= ECHOED_BODY) {
				echo.put("body", new String(body, StandardCharsets.UTF_8));
			}
			byte[] response = JSON.writeValueAsBytes(echo);
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.getResponseHeaders().set("Link", "<https://murmur.example/api/v1/next>; rel=\"next\"");
			exchange.sendResponseHeaders(200, response.length);
			exchange.getResponseBody().write(response);
		}
	}

	private static void sleepIfAsked(String query) {
		if (query == null) {
			return;
		}
		Matcher sleep = SLEEP.matcher(query);
		if (sleep.find()) {
			try {
				Thread.sleep(Long.parseLong(sleep.group(1)));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	public static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
