package social.murmur.notifications.marker.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import social.murmur.contracts.mastodon.MastodonEntities;
import social.murmur.notifications.marker.Marker;

/**
 * The Mastodon {@code Marker} entity.
 *
 * @param lastReadId the id of the newest item read, as a string like every id
 * @param version how many times it has moved
 * @param updatedAt when it last moved
 */
record MarkerEntity(@JsonProperty("last_read_id") String lastReadId, int version,
		@JsonProperty("updated_at") String updatedAt) {

	static MarkerEntity of(Marker marker) {
		return new MarkerEntity(Long.toString(marker.lastReadId()), marker.version(),
				MastodonEntities.timestamp(marker.updatedAt()));
	}

}
