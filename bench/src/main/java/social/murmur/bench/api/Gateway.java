package social.murmur.bench.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;
import org.jspecify.annotations.Nullable;

/**
 * An HTTP/1.1 client of one base URL, shared by every simulated client, with a pool of
 * keep-alive connections, as a fleet of apps behind one address would reuse theirs.
 * <p>
 * Apache HttpClient's classic (blocking) client, run on the simulated clients' virtual
 * threads: the load generator shares the machine's cores with the system it measures, so
 * the less it spends per request the more of them the system gets. The JDK's client hands
 * every response between threads, which cost the benchmark as much CPU per home timeline
 * read as the gateway (ADR 0009). No retries, no compression, no redirects: each call is
 * exactly one request.
 */
public final class Gateway implements AutoCloseable {

	/** More connections than simulated clients, so that none waits for one. */
	private static final int CONNECTIONS = 512;

	private final CloseableHttpClient http = HttpClients.custom()
		.setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
			.setMaxConnTotal(CONNECTIONS)
			.setMaxConnPerRoute(CONNECTIONS)
			.setDefaultConnectionConfig(ConnectionConfig.custom()
				.setConnectTimeout(Timeout.ofSeconds(5))
				.setSocketTimeout(Timeout.ofSeconds(60))
				.build())
			.build())
		.disableAutomaticRetries()
		.disableContentCompression()
		.disableRedirectHandling()
		.disableCookieManagement()
		.build();

	private final String baseUrl;

	public Gateway(String baseUrl) {
		if (!baseUrl.startsWith("http://127.0.0.1:") && !baseUrl.startsWith("http://localhost:")) {
			throw new IllegalArgumentException("The benchmark only loads this machine, not " + baseUrl);
		}
		this.baseUrl = baseUrl;
	}

	public String baseUrl() {
		return this.baseUrl;
	}

	public Reply get(String path, @Nullable String token) {
		return send(new HttpGet(this.baseUrl + path), token);
	}

	/**
	 * Sends a GET and keeps only what {@link Probe} holds, for requests measured under
	 * load.
	 */
	public Probe probe(String path, @Nullable String token) {
		HttpGet request = authorized(new HttpGet(this.baseUrl + path), token);
		try {
			return this.http.execute(request, (response) -> {
				if (response.getEntity() == null) {
					return new Probe(response.getCode(), -1);
				}
				try (InputStream body = response.getEntity().getContent()) {
					int first = body.read();
					body.transferTo(OutputStream.nullOutputStream());
					return new Probe(response.getCode(), first);
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public Reply postForm(String path, @Nullable String token, Map<String, String> fields) {
		String body = fields.entrySet()
			.stream()
			.map((field) -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpPost post = new HttpPost(this.baseUrl + path);
		post.setEntity(new StringEntity(body, ContentType.create("application/x-www-form-urlencoded", (Charset) null)));
		return send(post, token);
	}

	private Reply send(HttpUriRequestBase request, @Nullable String token) {
		try {
			return this.http.execute(authorized(request, token),
					(response) -> new Reply(response.getCode(), (response.getEntity() != null)
							? EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8) : ""));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static <R extends HttpUriRequestBase> R authorized(R request, @Nullable String token) {
		if (token != null) {
			request.setHeader("Authorization", "Bearer " + token);
		}
		return request;
	}

	@Override
	public void close() {
		this.http.close(CloseMode.GRACEFUL);
	}

}
