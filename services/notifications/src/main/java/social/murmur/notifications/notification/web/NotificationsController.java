package social.murmur.notifications.notification.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import social.murmur.notifications.notification.ClearNotifications;
import social.murmur.notifications.notification.DismissNotification;
import social.murmur.notifications.notification.Notifications;
import social.murmur.notifications.notification.StoredNotification;
import social.murmur.platform.config.PlatformProperties;
import social.murmur.platform.identity.Identity;
import social.murmur.platform.web.ApiException;
import social.murmur.platform.web.LinkHeader;
import social.murmur.platform.web.PageRequest;
import social.murmur.platform.web.Paging;

/**
 * The signed-in account's notifications, as Mastodon serves them
 * (docs.joinmastodon.org/methods/notifications).
 */
@RestController
@RequestMapping("/api/v1/notifications")
class NotificationsController {

	private static final String READ = "read:notifications";

	private static final String WRITE = "write:notifications";

	private final Notifications notifications;

	private final DismissNotification dismissNotification;

	private final ClearNotifications clearNotifications;

	private final NotificationPresenter presenter;

	private final String publicUrl;

	NotificationsController(Notifications notifications, DismissNotification dismissNotification,
			ClearNotifications clearNotifications, NotificationPresenter presenter, PlatformProperties properties) {
		this.notifications = notifications;
		this.dismissNotification = dismissNotification;
		this.clearNotifications = clearNotifications;
		this.presenter = presenter;
		this.publicUrl = properties.publicUrl();
	}

	@GetMapping
	ResponseEntity<List<Notification>> list(Identity identity,
			@Paging(defaultLimit = 40, maxLimit = 80) PageRequest page, HttpServletRequest request) {
		long accountId = identity.requireScope(READ).requireAccount();
		List<StoredNotification> found = this.notifications.page(accountId, NotificationFilterParams.from(request),
				page);
		ResponseEntity.BodyBuilder response = ResponseEntity.ok();
		// The links follow the page as read, even where notifications about deleted
		// statuses are left out, so that paging never stalls on them.
		if (!found.isEmpty()) {
			response.header(HttpHeaders.LINK, LinkHeader.of(this.publicUrl, request,
					Long.toString(found.getFirst().id()), Long.toString(found.getLast().id())));
		}
		return response.body(this.presenter.present(found));
	}

	@GetMapping("/{id}")
	Notification get(Identity identity, @PathVariable long id) {
		long accountId = identity.requireScope(READ).requireAccount();
		StoredNotification notification = this.notifications.find(accountId, id).orElseThrow(ApiException::notFound);
		List<Notification> presented = this.presenter.present(List.of(notification));
		if (presented.isEmpty()) {
			throw ApiException.notFound();
		}
		return presented.getFirst();
	}

	@PostMapping("/clear")
	Map<String, Object> clear(Identity identity) {
		long accountId = identity.requireScope(WRITE).requireAccount();
		this.clearNotifications.clear(accountId);
		return Map.of();
	}

	@PostMapping("/{id}/dismiss")
	Map<String, Object> dismiss(Identity identity, @PathVariable long id) {
		long accountId = identity.requireScope(WRITE).requireAccount();
		if (!this.dismissNotification.dismiss(accountId, id)) {
			throw ApiException.notFound();
		}
		return Map.of();
	}

}
