package social.murmur.media.attachment;

import java.util.Collection;
import java.util.Set;

/**
 * The statuses posts has stored. Media learns status ids from {@code AttachToStatus},
 * which posts calls before storing the status, so an id media holds may never have become
 * a status.
 */
public interface StoredStatuses {

	/** The most ids one call may carry. */
	int MAX_IDS = 100;

	/**
	 * The ids among these of statuses posts has stored and not deleted.
	 * @throws Unavailable when posts does not answer; nothing can be concluded then
	 */
	Set<Long> among(Collection<Long> statusIds);

	/** Posts did not answer. */
	class Unavailable extends RuntimeException {

		public Unavailable(String message, Throwable cause) {
			super(message, cause);
		}

	}

}
