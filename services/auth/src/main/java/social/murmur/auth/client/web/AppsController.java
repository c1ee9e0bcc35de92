package social.murmur.auth.client.web;

import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import social.murmur.auth.client.ClientRegistrationRejected;
import social.murmur.auth.client.Clients;
import social.murmur.auth.client.RegisterClient;
import social.murmur.platform.identity.Identity;
import social.murmur.platform.web.ApiException;
import social.murmur.platform.web.MastodonParams;

/** OAuth applications: {@code /api/v1/apps}. */
@RestController
@RequestMapping("/api/v1/apps")
class AppsController {

	private final RegisterClient registerClient;

	private final Clients clients;

	AppsController(RegisterClient registerClient, Clients clients) {
		this.registerClient = registerClient;
		this.clients = clients;
	}

	@PostMapping
	CredentialApplication create(@MastodonParams AppParams params) {
		return CredentialApplication.of(this.registerClient.register(params.toRegistration()));
	}

	/** Any token of the application will do, with or without an account. */
	@GetMapping("/verify_credentials")
	Application verifyCredentials(Identity identity) {
		return this.clients.findById(identity.applicationId())
			.map(Application::of)
			.orElseThrow(() -> new ApiException(401, "The access token is invalid"));
	}

	@ExceptionHandler
	ResponseEntity<Map<String, String>> rejected(ClientRegistrationRejected ex) {
		return ResponseEntity.status(422).body(Map.of("error", ex.getMessage()));
	}

}
