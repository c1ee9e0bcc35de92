package social.murmur.interactions.favourite;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Statuses known to be deleted, and a per-status lock. Posts may answer that a status
 * exists moments before its deletion is applied here; a like and the deletion each take
 * the status's lock, and a like checks this table under it, so that no like outlives its
 * status whichever commits first.
 */
@Repository
public class DeletedStatuses {

	/** The first key of the two-key advisory locks: "FAVS", apart from other locks. */
	private static final int LOCK_SPACE = 0x46415653;

	private final JdbcClient jdbc;

	public DeletedStatuses(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Takes the status's lock until the end of the current transaction. Statuses whose
	 * ids agree in their low 31 bits share a lock, which costs a little waiting, never
	 * correctness.
	 */
	public void lock(long statusId) {
		this.jdbc.sql("select pg_advisory_xact_lock(:space, :key)")
			.param("space", LOCK_SPACE)
			.param("key", (int) (statusId & 0x7fffffffL))
			.query((row) -> {
			});
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
