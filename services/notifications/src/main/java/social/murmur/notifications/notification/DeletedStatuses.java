package social.murmur.notifications.notification;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Statuses known to be deleted. StatusPublished and StatusDeleted travel on different
 * topics, so a deletion can be applied before (or while) the publication is: remembering
 * deleted statuses lets the later event leave nothing behind.
 */
@Repository
public class DeletedStatuses {

	private final JdbcClient jdbc;

	public DeletedStatuses(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void add(long statusId) {
		this.jdbc.sql("insert into deleted_statuses (status_id) values (:statusId) on conflict do nothing")
			.param("statusId", statusId)
			.update();
	}

	public boolean contains(long statusId) {
		return this.jdbc.sql("select exists (select 1 from deleted_statuses where status_id = :statusId)")
			.param("statusId", statusId)
			.query(Boolean.class)
			.single();
	}

}
