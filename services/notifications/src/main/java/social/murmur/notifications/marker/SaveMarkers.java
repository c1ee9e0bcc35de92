package social.murmur.notifications.marker;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Moves an account's markers, all of them or none. */
@Service
public class SaveMarkers {

	private final Markers markers;

	public SaveMarkers(Markers markers) {
		this.markers = markers;
	}

	/**
	 * @param positions last read id by timeline, already validated
	 * @return the markers as they now are
	 */
	@Transactional
	public List<Marker> save(long accountId, Map<String, Long> positions) {
		List<Marker> saved = new ArrayList<>();
		positions.forEach((timeline, lastReadId) -> saved.add(this.markers.save(accountId, timeline, lastReadId)));
		return saved;
	}

}
