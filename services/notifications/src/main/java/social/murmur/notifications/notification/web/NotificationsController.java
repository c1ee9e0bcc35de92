package social.murmur.notifications.notification.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import social.murmur.notifications.mastodon.Notification;
import social.murmur.notifications.mastodon.NotificationPresenter;
import social.murmur.notifications.marker.Marker;
import social.murmur.notifications.marker.Markers;
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

	private static final int UNREAD_DEFAULT_LIMIT = 100;

	private static final int UNREAD_MAX_LIMIT = 1000;

	private final Notifications notifications;

	private final DismissNotification dismissNotification;

	private final ClearNotifications clearNotifications;

	private final NotificationPresenter presenter;

	private final Markers markers;

	private final String publicUrl;

	NotificationsController(Notifications notifications, DismissNotification dismissNotification,
			ClearNotifications clearNotifications, NotificationPresenter presenter, Markers markers,
			PlatformProperties properties) {
		this.notifications = notifications;
		this.dismissNotification = dismissNotification;
		this.clearNotifications = clearNotifications;
		this.presenter = presenter;
		this.markers = markers;
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
		return response.body(this.presenter.present(accountId, found));
	}

	/**
	 * How many notifications are newer than the notifications marker (all of them without
	 * a marker), counted up to {@code limit} (default 100, at most 1000) as in Mastodon
	 * 4.3, with the list's type filters.
	 */
	@GetMapping("/unread_count")
	Map<String, Integer> unreadCount(Identity identity, HttpServletRequest request) {
		long accountId = identity.requireScope(READ).requireAccount();
		Long lastReadId = this.markers.find(accountId, Marker.NOTIFICATIONS).map(Marker::lastReadId).orElse(null);
		int count = this.notifications.countNewerThan(accountId, lastReadId, NotificationFilterParams.from(request),
				unreadLimit(request.getParameter("limit")));
		return Map.of("count", count);
	}

	@GetMapping("/{id}")
	Notification get(Identity identity, @PathVariable long id) {
		long accountId = identity.requireScope(READ).requireAccount();
		StoredNotification notification = this.notifications.find(accountId, id).orElseThrow(ApiException::notFound);
		List<Notification> presented = this.presenter.present(accountId, List.of(notification));
		if (presented.isEmpty()) {
			throw ApiException.notFound();
		}
		return presented.getFirst();
	}

	private static int unreadLimit(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return UNREAD_DEFAULT_LIMIT;
		}
		try {
			long limit = Long.parseLong(value.trim());
			// As for pages: too large is clamped, not refused.
			return (limit < 1) ? UNREAD_DEFAULT_LIMIT : (int) Math.min(limit, UNREAD_MAX_LIMIT);
		}
		catch (NumberFormatException ex) {
			throw new ApiException(400, "Invalid value for limit: " + value);
		}
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
