package social.murmur.posts.timeline;

import java.util.List;

import org.springframework.stereotype.Service;
import social.murmur.platform.web.PageRequest;
import social.murmur.posts.status.Status;
import social.murmur.posts.status.Statuses;

/** A hashtag timeline: public statuses with the hashtag, newest first. */
@Service
public class ListTagTimeline {

	private final Timelines timelines;

	private final Statuses statuses;

	public ListTagTimeline(Timelines timelines, Statuses statuses) {
		this.timelines = timelines;
		this.statuses = statuses;
	}

	/**
	 * @param remoteOnly only statuses from other servers: there are none
	 * @param onlyMedia only statuses with media attachments
	 */
	public List<Status> list(TagQuery query, boolean remoteOnly, boolean onlyMedia, PageRequest page) {
		if (remoteOnly) {
			return List.of();
		}
		return this.statuses.findAll(this.timelines.tagged(query, onlyMedia, page));
	}

}
