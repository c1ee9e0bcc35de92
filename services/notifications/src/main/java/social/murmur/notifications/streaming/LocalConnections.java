package social.murmur.notifications.streaming;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.stereotype.Component;
import social.murmur.contracts.streaming.StreamEvent;

/**
 * This instance's open streaming connections, by account. The callbacks given when the
 * first connection of an account opens or its last one closes run while that account's
 * entry is locked, so that subscribing to and unsubscribing from its Redis channel happen
 * in the order the connections came and went; they must not block.
 */
@Component
class LocalConnections {

	private final Map<Long, Set<ClientConnection>> byAccount = new ConcurrentHashMap<>();

	/** Answers whether it is the account's first connection here. */
	boolean add(ClientConnection connection, Runnable whenFirst) {
		AtomicBoolean first = new AtomicBoolean();
		this.byAccount.compute(connection.accountId(), (account, connections) -> {
			Set<ClientConnection> set = connections;
			if (set == null) {
				set = ConcurrentHashMap.newKeySet();
				first.set(true);
				whenFirst.run();
			}
			set.add(connection);
			return set;
		});
		return first.get();
	}

	/** Answers whether it was the account's last connection here. */
	boolean remove(ClientConnection connection, Runnable whenLast) {
		AtomicBoolean last = new AtomicBoolean();
		this.byAccount.computeIfPresent(connection.accountId(), (account, connections) -> {
			if (!connections.remove(connection) || !connections.isEmpty()) {
				return connections;
			}
			last.set(true);
			whenLast.run();
			return null;
		});
		return last.get();
	}

	/** Passes an event to the account's connections; answers whether it has any here. */
	boolean deliver(long accountId, StreamEvent event) {
		Set<ClientConnection> connections = this.byAccount.get(accountId);
		if (connections == null) {
			return false;
		}
		connections.forEach((connection) -> connection.deliver(event));
		return true;
	}

	/** Runs the action, under the account's lock, only if it has no connection here. */
	void whenAbsent(long accountId, Runnable action) {
		this.byAccount.compute(accountId, (account, connections) -> {
			if (connections == null) {
				action.run();
			}
			return connections;
		});
	}

	/** Runs the action, under the account's lock, only if it has a connection here. */
	void whenPresent(long accountId, Runnable action) {
		this.byAccount.computeIfPresent(accountId, (account, connections) -> {
			action.run();
			return connections;
		});
	}

	Set<Long> accounts() {
		return Set.copyOf(this.byAccount.keySet());
	}

	List<ClientConnection> all() {
		return this.byAccount.values().stream().flatMap(Set::stream).toList();
	}

}
