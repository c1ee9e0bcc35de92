package social.murmur.posts.status.web;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import social.murmur.contracts.mastodon.Status;
import social.murmur.platform.identity.Identity;
import social.murmur.platform.web.ApiException;
import social.murmur.platform.web.MastodonParams;
import social.murmur.posts.status.DeleteStatus;
import social.murmur.posts.status.PublishStatus;
import social.murmur.posts.status.ShowStatus;
import social.murmur.posts.status.ShowThread;

/**
 * {@code /api/v1/statuses}: post, view, delete a status, view several at once, and view
 * its thread.
 */
@RestController
@RequestMapping("/api/v1/statuses")
class StatusesController {

	/** The most statuses one {@code GET /api/v1/statuses} may ask for. */
	static final int MAX_IDS = 40;

	private final PublishStatus publishStatus;

	private final ShowStatus showStatus;

	private final ShowThread showThread;

	private final DeleteStatus deleteStatus;

	private final StatusRenderer renderer;

	StatusesController(PublishStatus publishStatus, ShowStatus showStatus, ShowThread showThread,
			DeleteStatus deleteStatus, StatusRenderer renderer) {
		this.publishStatus = publishStatus;
		this.showStatus = showStatus;
		this.showThread = showThread;
		this.deleteStatus = deleteStatus;
		this.renderer = renderer;
	}

	@PostMapping
	Status post(Identity identity, @MastodonParams StatusParams params,
			@RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey) {
		long accountId = identity.requireScope("write:statuses").requireAccount();
		var status = this.publishStatus.publish(accountId, params.toDraft(idempotencyKey));
		return this.renderer.render(status, Optional.of(identity)).orElseThrow(ApiException::notFound);
	}

	@GetMapping("/{id}")
	Status show(Optional<Identity> identity, @PathVariable long id) {
		return this.showStatus.find(id, viewer(identity))
			.flatMap((status) -> this.renderer.render(status, identity))
			.orElseThrow(ApiException::notFound);
	}

	@GetMapping
	List<Status> showAll(Optional<Identity> identity, HttpServletRequest request) {
		List<Long> ids = ids(request);
		if (ids.size() > MAX_IDS) {
			throw ApiException.unprocessable("Validation failed: At most " + MAX_IDS + " ids may be asked for");
		}
		return this.renderer.render(this.showStatus.findAll(ids, viewer(identity)), identity);
	}

	@GetMapping("/{id}/context")
	Context context(Optional<Identity> identity, @PathVariable long id) {
		ShowThread.Context context = this.showThread.show(id, viewer(identity)).orElseThrow(ApiException::notFound);
		List<List<Status>> rendered = this.renderer.renderGroups(List.of(context.ancestors(), context.descendants()),
				identity);
		return new Context(rendered.get(0), rendered.get(1));
	}

	@DeleteMapping("/{id}")
	Status delete(Identity identity, @PathVariable long id) {
		long accountId = identity.requireScope("write:statuses").requireAccount();
		var deleted = this.deleteStatus.delete(accountId, id);
		return this.renderer.render(deleted, Optional.of(identity))
			.orElseThrow(ApiException::notFound)
			.withText(deleted.text());
	}

	/** Reading needs the {@code read:statuses} scope when a token is given at all. */
	private static @Nullable Long viewer(Optional<Identity> identity) {
		return identity.map((caller) -> caller.requireScope("read:statuses").accountId()).orElse(null);
	}

	/**
	 * {@code id[]=1&id[]=2} (or {@code id=}); ids that are not numbers name no status and
	 * are skipped, as unknown ids are.
	 */
	private static List<Long> ids(HttpServletRequest request) {
		Set<Long> ids = new LinkedHashSet<>();
		Stream.of("id[]", "id")
			.map(request::getParameterValues)
			.filter((values) -> values != null)
			.flatMap(Arrays::stream)
			.forEach((value) -> {
				try {
					ids.add(Long.parseLong(value.trim()));
				}
				catch (NumberFormatException ex) {
					// not an id of anything
				}
			});
		return List.copyOf(ids);
	}

}
