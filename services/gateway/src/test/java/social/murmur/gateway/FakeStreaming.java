package social.murmur.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerContainer;
import jakarta.websocket.server.ServerEndpointConfig;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.modeler.Registry;
import org.apache.tomcat.websocket.server.WsSci;
import social.murmur.platform.identity.Identity;
import social.murmur.platform.identity.InternalTokens;
import social.murmur.testsupport.TestIdentities;

/**
 * Stands in for notifications' streaming endpoint, {@code /api/v1/streaming}, on a real
 * WebSocket server (an embedded Tomcat on a free local port). Like notifications it
 * accepts only a valid signed identity, and it hands each connection it accepts to the
 * test, which can read what arrived, send, and close.
 */
public final class FakeStreaming {

	private final InternalTokens identities = new InternalTokens(TestIdentities.SECRET, "notifications");

	private final BlockingQueue<Connection> connections = new LinkedBlockingQueue<>();

	private final AtomicInteger handshakes = new AtomicInteger();

	private volatile int refuseWith;

	private Tomcat tomcat;

	private Connector connector;

	private FakeStreaming() {
	}

	static FakeStreaming start() {
		FakeStreaming fake = new FakeStreaming();
		// As the gateway's own Tomcat will (Boot's default), before this one creates it.
		Registry.disableRegistry();
		try {
			fake.tomcat = new Tomcat();
			fake.tomcat.setBaseDir(Files.createTempDirectory("fake-streaming").toString());
			fake.connector = new Connector();
			fake.connector.setPort(0);
			fake.connector.setProperty("address", "127.0.0.1");
			// Unbinds on stop, so that a stopped fake refuses connections.
			fake.connector.setProperty("bindOnInit", "false");
			fake.tomcat.setConnector(fake.connector);
			Context context = fake.tomcat.addContext("", null);
			context.addServletContainerInitializer(new WsSci(), null);
			Tomcat.addServlet(context, "streaming", fake.new Handshake());
			context.addServletMappingDecoded("/api/v1/streaming", "streaming");
			fake.tomcat.start();
			// Keeps the port across stop() and restart().
			fake.connector.setPort(fake.connector.getLocalPort());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (LifecycleException ex) {
			throw new IllegalStateException(ex);
		}
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			try {
				fake.tomcat.stop();
			}
			catch (LifecycleException ex) {
				// Exiting anyway.
			}
		}));
		return fake;
	}

	/** Where the gateway should open its WebSockets. */
	public String address() {
		return "ws://127.0.0.1:" + this.connector.getPort();
	}

	/** How many handshakes reached this endpoint, accepted or not. */
	public int handshakes() {
		return this.handshakes.get();
	}

	/** The next connection the gateway opens, waiting for it a few seconds. */
	public Connection nextConnection() throws InterruptedException {
		Connection connection = this.connections.poll(10, TimeUnit.SECONDS);
		if (connection == null) {
			throw new AssertionError("The gateway opened no connection to notifications");
		}
		return connection;
	}

	/**
	 * Answers the following handshakes with this status instead of upgrading; 0 upgrades.
	 */
	public void refuseWith(int status) {
		this.refuseWith = status;
	}

	/** Takes the endpoint down: its port refuses connections until {@link #restart}. */
	public void stop() throws LifecycleException {
		this.connector.stop();
	}

	public void restart() throws LifecycleException {
		this.connector.start();
	}

	private final class Handshake extends HttpServlet {

		@Override
		protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
			FakeStreaming.this.handshakes.incrementAndGet();
			Optional<Identity> identity = FakeStreaming.this.identities.verify(request.getHeader(Identity.HEADER));
			if (identity.isEmpty()) {
				error(response, 401, "This method requires an authenticated user");
				return;
			}
			if (FakeStreaming.this.refuseWith != 0) {
				error(response, FakeStreaming.this.refuseWith, "Refused by notifications");
				return;
			}
			Map<String, List<String>> headers = new TreeMap<>();
			for (String name : Collections.list(request.getHeaderNames())) {
				headers.put(name.toLowerCase(Locale.ROOT), Collections.list(request.getHeaders(name)));
			}
			Connection connection = new Connection(identity.get(), request.getQueryString(), headers);
			ServerEndpointConfig config = ServerEndpointConfig.Builder.create(Connection.class, "/api/v1/streaming")
				.configurator(new ServerEndpointConfig.Configurator() {

					@Override
					public <T> T getEndpointInstance(Class<T> endpointClass) {
						return endpointClass.cast(connection);
					}

				})
				.build();
			ServerContainer container = (ServerContainer) request.getServletContext()
				.getAttribute(ServerContainer.class.getName());
			try {
				container.upgradeHttpToWebSocket(request, response, config, Map.of());
			}
			catch (Exception ex) {
				throw new IOException(ex);
			}
			FakeStreaming.this.connections.add(connection);
		}

		private static void error(HttpServletResponse response, int status, String message) throws IOException {
			response.setStatus(status);
			response.setContentType("application/json");
			response.getOutputStream().write(("{\"error\":\"" + message + "\"}").getBytes(StandardCharsets.UTF_8));
		}

	}

	/** One WebSocket the gateway opened. */
	public static final class Connection extends Endpoint {

		private final Identity identity;

		private final String query;

		private final Map<String, List<String>> headers;

		private final BlockingQueue<String> received = new LinkedBlockingQueue<>();

		private final CompletableFuture<Session> opened = new CompletableFuture<>();

		private final CompletableFuture<CloseReason> closed = new CompletableFuture<>();

		Connection(Identity identity, String query, Map<String, List<String>> headers) {
			this.identity = identity;
			this.query = query;
			this.headers = headers;
		}

		/** Whom the gateway's signed identity names. */
		public Identity identity() {
			return this.identity;
		}

		/** The query string as the gateway sent it. */
		public String query() {
			return this.query;
		}

		public Map<String, List<String>> headers() {
			return this.headers;
		}

		@Override
		public void onOpen(Session session, EndpointConfig config) {
			session.addMessageHandler(String.class, (MessageHandler.Whole<String>) this.received::add);
			this.opened.complete(session);
		}

		@Override
		public void onClose(Session session, CloseReason reason) {
			this.closed.complete(reason);
		}

		/** The next text message from the client, waiting a few seconds for it. */
		public String nextMessage() throws InterruptedException {
			String message = this.received.poll(10, TimeUnit.SECONDS);
			if (message == null) {
				throw new AssertionError("No message reached notifications");
			}
			return message;
		}

		public void send(String text) throws Exception {
			this.opened.get(10, TimeUnit.SECONDS).getBasicRemote().sendText(text);
		}

		public void close(int code, String reason) throws Exception {
			this.opened.get(10, TimeUnit.SECONDS)
				.close(new CloseReason(CloseReason.CloseCodes.getCloseCode(code), reason));
		}

		/** The close code this connection ended with, waiting a few seconds for it. */
		public int closeCode() throws Exception {
			return this.closed.get(10, TimeUnit.SECONDS).getCloseCode().getCode();
		}

	}

}
