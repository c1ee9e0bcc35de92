package social.murmur.notifications.marker.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import social.murmur.notifications.marker.Marker;
import social.murmur.notifications.marker.Markers;
import social.murmur.notifications.marker.SaveMarkers;
import social.murmur.platform.identity.Identity;
import social.murmur.platform.web.MastodonParams;

/**
 * The signed-in account's read markers, as Mastodon serves them
 * (docs.joinmastodon.org/methods/markers): an object keyed by timeline, holding only the
 * timelines that have a marker.
 */
@RestController
@RequestMapping("/api/v1/markers")
class MarkersController {

	private final Markers markers;

	private final SaveMarkers saveMarkers;

	MarkersController(Markers markers, SaveMarkers saveMarkers) {
		this.markers = markers;
		this.saveMarkers = saveMarkers;
	}

	@GetMapping
	Map<String, MarkerEntity> get(Identity identity, HttpServletRequest request) {
		long accountId = identity.requireScope("read:statuses").requireAccount();
		Set<String> asked = new LinkedHashSet<>();
		Stream.of("timeline[]", "timeline")
			.map(request::getParameterValues)
			.filter((values) -> values != null)
			.flatMap(Arrays::stream)
			.map(String::trim)
			.filter(Marker.TIMELINES::contains)
			.forEach(asked::add);
		return entities(this.markers.find(accountId, asked));
	}

	@PostMapping
	Map<String, MarkerEntity> save(Identity identity, @MastodonParams MarkerParams params) {
		long accountId = identity.requireScope("write:statuses").requireAccount();
		return entities(this.saveMarkers.save(accountId, params.positions()));
	}

	private static Map<String, MarkerEntity> entities(List<Marker> markers) {
		Map<String, MarkerEntity> entities = new LinkedHashMap<>();
		Marker.TIMELINES.forEach((timeline) -> markers.stream()
			.filter((marker) -> marker.timeline().equals(timeline))
			.findFirst()
			.ifPresent((marker) -> entities.put(timeline, MarkerEntity.of(marker))));
		return entities;
	}

}
