package social.murmur.gateway.routing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import social.murmur.gateway.AbstractGatewayIT;
import social.murmur.gateway.FakeServices;
import social.murmur.gateway.GatewayClient.Echo;
import social.murmur.gateway.GatewayClient.Reply;

import static org.assertj.core.api.Assertions.assertThat;

class RoutingIT extends AbstractGatewayIT {

	@ParameterizedTest(name = "{0} {1} goes to {2}")
	@CsvSource({ "POST, /api/v1/accounts, auth", "POST, /api/v1/apps, auth",
			"GET, /api/v1/apps/verify_credentials, auth", "POST, /oauth/token, auth", "POST, /oauth/revoke, auth",
			"GET, /oauth/authorize, auth", "GET, /api/v1/accounts/42/statuses, posts",
			"GET, /api/v1/accounts/verify_credentials, users", "PATCH, /api/v1/accounts/update_credentials, users",
			"GET, /api/v1/accounts/lookup, users", "GET, /api/v1/accounts/relationships, users",
			"GET, /api/v1/accounts/42, users", "POST, /api/v1/accounts/42/follow, users",
			"POST, /api/v1/accounts/42/unfollow, users", "GET, /api/v1/accounts/42/followers, users",
			"GET, /api/v1/accounts/42/following, users", "GET, /api/v1/accounts, users",
			"DELETE, /api/v1/profile/avatar, users", "DELETE, /api/v1/profile/header, users",
			"GET, /api/v1/instance, users", "GET, /api/v2/instance, users", "GET, /.well-known/nodeinfo, users",
			"GET, /nodeinfo/2.0, users", "GET, /.well-known/oauth-authorization-server, auth",
			"POST, /api/v1/statuses, posts", "GET, /api/v1/statuses/42, posts", "DELETE, /api/v1/statuses/42, posts",
			"POST, /api/v1/statuses/42/favourite, interactions", "POST, /api/v1/statuses/42/unfavourite, interactions",
			"GET, /api/v1/statuses/42/favourited_by, interactions", "GET, /api/v1/favourites, interactions",
			"POST, /api/v2/media, media", "POST, /api/v1/media, media", "GET, /api/v1/media/42, media",
			"PUT, /api/v1/media/42, media", "GET, /system/media_attachments/files/ab/cd/original.jpg, media",
			"GET, /api/v1/statuses/42/context, posts", "GET, /api/v1/timelines/public, posts",
			"GET, /api/v1/timelines/tag/cats, posts", "GET, /api/v1/timelines/home, feed",
			"GET, /api/v1/notifications, notifications", "POST, /api/v1/notifications/42/dismiss, notifications",
			"GET, /api/v1/notifications/unread_count, notifications", "GET, /api/v1/markers, notifications",
			"POST, /api/v1/markers, notifications" })
	void routesEachEndpointToTheServiceThatOwnsIt(String method, String path, String service) {
		Reply reply = this.gateway.call(method, path).from(newClientAddress()).send();

		assertThat(reply.status()).isEqualTo(200);
		Echo echo = reply.echo();
		assertThat(echo.service()).isEqualTo(service);
		assertThat(echo.method()).isEqualTo(method);
		assertThat(echo.path()).isEqualTo(path);
	}

	@Test
	void passesOnMethodPathQueryBodyAndHeaders() {
		String body = "{\"status\":\"Hello, world! ✨\",\"visibility\":\"public\"}";
		Reply reply = this.gateway.post("/api/v1/statuses?preview=true&max_id=7")
			.from(newClientAddress())
			.header("Idempotency-Key", "abc-123")
			.header("Accept-Language", "de")
			.body("application/json", body)
			.send();

		Echo echo = reply.echo();
		assertThat(echo.service()).isEqualTo("posts");
		assertThat(echo.method()).isEqualTo("POST");
		assertThat(echo.path()).isEqualTo("/api/v1/statuses");
		assertThat(echo.query()).isEqualTo("preview=true&max_id=7");
		assertThat(echo.body()).isEqualTo(body);
		assertThat(echo.header("Idempotency-Key")).isEqualTo("abc-123");
		assertThat(echo.header("Accept-Language")).isEqualTo("de");
		assertThat(echo.header("Content-Type")).startsWith("application/json");
	}

	@Test
	void passesOnTheServicesResponseHeaders() {
		Reply reply = this.gateway.get("/api/v1/timelines/public").from(newClientAddress()).send();

		assertThat(reply.header("Link")).isEqualTo("<https://murmur.example/api/v1/next>; rel=\"next\"");
	}

	@Test
	void passesOnFormPostsWithTheirParameters() {
		Reply reply = this.gateway.post("/oauth/token")
			.from(newClientAddress())
			.body("application/x-www-form-urlencoded",
					"grant_type=password&username=alice%40example.com&scope=read+write")
			.send();

		Echo echo = reply.echo();
		assertThat(echo.service()).isEqualTo("auth");
		assertThat(echo.query()).isNull();
		assertThat(echo.body()).contains("grant_type=password", "username=alice%40example.com")
			.containsAnyOf("scope=read+write", "scope=read%20write");
	}

	@Test
	void passesOnFormPatchBodiesUntouched() {
		String form = "display_name=Alice&note=Hi%21&fields_attributes%5B0%5D%5Bname%5D=Web";
		Reply reply = this.gateway.call("PATCH", "/api/v1/accounts/update_credentials")
			.from(newClientAddress())
			.body("application/x-www-form-urlencoded", form)
			.send();

		assertThat(reply.echo().body()).isEqualTo(form);
	}

	@Test
	void passesOnMultipartBodiesUntouched() {
		String multipart = """
				--murmur-boundary
				Content-Disposition: form-data; name="description"

				A cat
				--murmur-boundary
				Content-Disposition: form-data; name="file"; filename="cat.png"
				Content-Type: image/png

				not really a png
				--murmur-boundary--
				""";
		Reply reply = this.gateway.post("/api/v1/statuses")
			.from(newClientAddress())
			.body("multipart/form-data; boundary=murmur-boundary", multipart)
			.send();

		assertThat(reply.echo().body()).isEqualTo(multipart);
		// Spring adds the request's character encoding as a parameter; the boundary
		// stays.
		assertThat(reply.echo().header("Content-Type")).startsWith("multipart/form-data")
			.contains("boundary=murmur-boundary");
	}

	@Test
	void refusesQueryStringsThatCannotBeDecoded() {
		int before = SERVICES.requestCount("posts");

		// Sent over a plain socket: Java's HTTP client will not send a malformed URI.
		String reply = this.gateway.raw("GET /api/v1/timelines/public?max_id=%zz HTTP/1.1\r\nHost: localhost\r\n"
				+ "X-Forwarded-For: " + newClientAddress() + "\r\nConnection: close\r\n\r\n");

		assertThat(reply).startsWith("HTTP/1.1 400")
			.endsWith("{\"error\":\"Error occurred while parsing request parameters\"}");
		assertThat(SERVICES.requestCount("posts")).isEqualTo(before);
	}

	@Test
	void refusesFormBodiesThatCannotBeDecoded() {
		Reply reply = this.gateway.post("/oauth/token")
			.from(newClientAddress())
			.body("application/x-www-form-urlencoded", "grant_type=%zz")
			.send();

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.error()).isEqualTo("Error occurred while parsing request parameters");
	}

	@Test
	void passesOnBodiesUpToFortyMegabytes() {
		byte[] upload = new byte[39 * 1024 * 1024];
		Arrays.fill(upload, (byte) 'm');
		Reply reply = this.gateway.post("/api/v1/statuses")
			.from(newClientAddress())
			.body("application/octet-stream", upload)
			.send();

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.echo().bodyLength()).isEqualTo(upload.length);
		assertThat(reply.echo().bodySha256()).isEqualTo(FakeServices.sha256(upload));
	}

	@Test
	void refusesBodiesOverFortyMegabytesWithoutPassingThemOn() {
		int before = SERVICES.requestCount("posts");
		Reply reply = this.gateway.post("/api/v1/statuses")
			.from(newClientAddress())
			.body("application/octet-stream", new byte[41 * 1024 * 1024])
			.send();

		assertThat(reply.status()).isEqualTo(413);
		assertThat(reply.error()).contains("too large");
		assertThat(SERVICES.requestCount("posts")).isEqualTo(before);
	}

	@Test
	void passesOnAProfileUpdateWithImagesAtTheEightMegabyteLimit() {
		byte[] form = profileUpdate(8 * 1024 * 1024);
		Reply reply = this.gateway.call("PATCH", "/api/v1/accounts/update_credentials")
			.from(newClientAddress())
			.body("multipart/form-data; boundary=murmur-boundary", form)
			.send();

		assertThat(reply.status()).isEqualTo(200);
		Echo echo = reply.echo();
		assertThat(echo.service()).isEqualTo("users");
		assertThat(echo.method()).isEqualTo("PATCH");
		assertThat(echo.bodyLength()).isEqualTo(form.length);
		assertThat(echo.bodySha256()).isEqualTo(FakeServices.sha256(form));
		assertThat(echo.header("Content-Type")).startsWith("multipart/form-data").contains("boundary=murmur-boundary");
	}

	@Test
	void refusesAProfileUpdateOverTheLimitWithJsonWithoutPassingItOn() {
		int before = SERVICES.requestCount("users");
		Reply reply = this.gateway.call("PATCH", "/api/v1/accounts/update_credentials")
			.from(newClientAddress())
			.body("multipart/form-data; boundary=murmur-boundary", profileUpdate(21 * 1024 * 1024))
			.send();

		assertThat(reply.status()).isEqualTo(413);
		assertThat(reply.header("Content-Type")).startsWith("application/json");
		assertThat(reply.error()).isEqualTo("The request is too large (the limit is 40 MB)");
		assertThat(SERVICES.requestCount("users")).isEqualTo(before);
	}

	@Test
	void tellsTheServiceWhoTheClientIs() {
		Reply reply = this.gateway.get("/api/v1/instance")
			.from("203.0.113.9")
			.header("X-Forwarded-Proto", "https")
			.header("X-Forwarded-Host", "murmur.example")
			.send();

		Echo echo = reply.echo();
		// The test client connects from 127.0.0.1, a trusted proxy in these tests.
		assertThat(echo.header("X-Forwarded-For")).isEqualTo("203.0.113.9, 127.0.0.1");
		assertThat(echo.header("X-Forwarded-Proto")).isEqualTo("https");
		assertThat(echo.header("X-Forwarded-Host")).isEqualTo("murmur.example");
	}

	@Test
	void answersUnknownPathsWithNotFound() {
		Reply reply = this.gateway.get("/api/v1/no-such-thing").from(newClientAddress()).send();

		assertThat(reply.status()).isEqualTo(404);
		assertThat(reply.header("Content-Type")).startsWith("application/json");
		assertThat(reply.error()).isEqualTo("Record not found");
	}

	@Test
	void answersUnknownTimelinesWithNotFound() {
		assertThat(this.gateway.get("/api/v1/timelines/list/42").from(newClientAddress()).send().status())
			.isEqualTo(404);
	}

	@Test
	void answersQuicklyWithServiceUnavailableWhenAServiceIsDown() {
		SERVICES.stop("notifications");
		try {
			long started = System.nanoTime();
			Reply reply = this.gateway.get("/api/v1/notifications").from(newClientAddress()).send();
			long millis = (System.nanoTime() - started) / 1_000_000;

			assertThat(reply.status()).isEqualTo(503);
			assertThat(reply.header("Content-Type")).startsWith("application/json");
			assertThat(reply.error()).isEqualTo("Service temporarily unavailable, please try again");
			assertThat(millis).isLessThan(3000);
		}
		finally {
			SERVICES.restart("notifications");
		}
		assertThat(this.gateway.get("/api/v1/notifications").from(newClientAddress()).send().status()).isEqualTo(200);
	}

	@Test
	void answersWithGatewayTimeoutWhenAServiceHangs() {
		long started = System.nanoTime();
		Reply reply = this.gateway.get("/api/v1/timelines/home?sleep_ms=5000").from(newClientAddress()).send();
		long millis = (System.nanoTime() - started) / 1_000_000;

		assertThat(reply.status()).isEqualTo(504);
		assertThat(reply.error()).isEqualTo("The service did not answer in time, please try again");
		assertThat(millis).isLessThan(4800);
	}

	@Test
	void servesActuatorItself() {
		Reply reply = this.gateway.get("/actuator/health/liveness").send();

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.text()).contains("UP");
	}

	/**
	 * A Mastodon client's multipart {@code update_credentials}: text fields with an
	 * avatar and a header of the given size each.
	 */
	private static byte[] profileUpdate(int imageSize) {
		ByteArrayOutputStream form = new ByteArrayOutputStream();
		form.writeBytes("""
				--murmur-boundary\r
				Content-Disposition: form-data; name="display_name"\r
				\r
				Alice\r
				--murmur-boundary\r
				Content-Disposition: form-data; name="note"\r
				\r
				Hello\r
				""".getBytes(StandardCharsets.UTF_8));
		for (String part : new String[] { "avatar", "header" }) {
			form.writeBytes(("--murmur-boundary\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\""
					+ part + ".png\"\r\nContent-Type: image/png\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			byte[] image = new byte[imageSize];
			Arrays.fill(image, (byte) part.charAt(0));
			form.writeBytes(image);
			form.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		form.writeBytes("--murmur-boundary--\r\n".getBytes(StandardCharsets.UTF_8));
		return form.toByteArray();
	}

}
