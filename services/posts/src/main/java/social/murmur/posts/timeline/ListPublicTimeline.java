package social.murmur.posts.timeline;

import java.util.List;

import org.springframework.stereotype.Service;
import social.murmur.platform.web.PageRequest;
import social.murmur.posts.status.Status;
import social.murmur.posts.status.Statuses;

/**
 * The public timeline: public statuses, newest first, without replies to other accounts.
 * Every status here is local, since Murmur does not federate.
 */
@Service
public class ListPublicTimeline {

	private final Timelines timelines;

	private final Statuses statuses;

	public ListPublicTimeline(Timelines timelines, Statuses statuses) {
		this.timelines = timelines;
		this.statuses = statuses;
	}

	/**
	 * @param remoteOnly only statuses from other servers: there are none
	 * @param onlyMedia only statuses with media attachments
	 */
	public List<Status> list(boolean remoteOnly, boolean onlyMedia, PageRequest page) {
		if (remoteOnly) {
			return List.of();
		}
		return this.statuses.findAll(this.timelines.publicTimeline(onlyMedia, page));
	}

}
