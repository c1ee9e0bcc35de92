package social.murmur.notifications.streaming;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.stereotype.Component;
import social.murmur.contracts.streaming.StreamEvent;

/**
 * This instance's open streaming connections, by account and by the public or hashtag
 * channel they follow. The callbacks given when the first connection of an account (or on
 * a channel) comes or the last one goes run while that entry is locked, so that
 * subscribing to and unsubscribing from its Redis channel happen in the order the
 * connections came and went; they must not block.
 */
@Component
class LocalConnections {

	private final Map<Long, Set<ClientConnection>> byAccount = new ConcurrentHashMap<>();

	private final Map<String, Set<ClientConnection>> byChannel = new ConcurrentHashMap<>();

	/** Answers whether it is the account's first connection here. */
	boolean add(ClientConnection connection, Runnable whenFirst) {
		return add(this.byAccount, connection.accountId(), connection, whenFirst);
	}

	/** Answers whether it was the account's last connection here. */
	boolean remove(ClientConnection connection, Runnable whenLast) {
		return remove(this.byAccount, connection.accountId(), connection, whenLast);
	}

	/**
	 * Registers a connection that follows a public or hashtag channel; answers whether it
	 * is the first one here.
	 */
	boolean follow(String channel, ClientConnection connection, Runnable whenFirst) {
		return add(this.byChannel, channel, connection, whenFirst);
	}

	/**
	 * Unregisters a connection from a public or hashtag channel; answers whether it was
	 * the last one here.
	 */
	boolean unfollow(String channel, ClientConnection connection, Runnable whenLast) {
		return remove(this.byChannel, channel, connection, whenLast);
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

	/**
	 * Passes an event to the connections following a public or hashtag channel; answers
	 * whether there are any here.
	 */
	boolean deliver(String channel, StreamEvent event) {
		Set<ClientConnection> connections = this.byChannel.get(channel);
		if (connections == null) {
			return false;
		}
		connections.forEach((connection) -> connection.deliver(channel, event));
		return true;
	}

	/** Runs the action, under the account's lock, only if it has no connection here. */
	void whenAbsent(long accountId, Runnable action) {
		whenAbsent(this.byAccount, accountId, action);
	}

	/**
	 * Runs the action, under the channel's lock, only if no connection here follows it.
	 */
	void whenAbsent(String channel, Runnable action) {
		whenAbsent(this.byChannel, channel, action);
	}

	/** Runs the action, under the account's lock, only if it has a connection here. */
	void whenPresent(long accountId, Runnable action) {
		whenPresent(this.byAccount, accountId, action);
	}

	/**
	 * Runs the action, under the channel's lock, only if a connection here follows it.
	 */
	void whenPresent(String channel, Runnable action) {
		whenPresent(this.byChannel, channel, action);
	}

	Set<Long> accounts() {
		return Set.copyOf(this.byAccount.keySet());
	}

	/** The public and hashtag channels followed here. */
	Set<String> channels() {
		return Set.copyOf(this.byChannel.keySet());
	}

	List<ClientConnection> all() {
		return this.byAccount.values().stream().flatMap(Set::stream).toList();
	}

	private static <K> boolean add(Map<K, Set<ClientConnection>> index, K key, ClientConnection connection,
			Runnable whenFirst) {
		AtomicBoolean first = new AtomicBoolean();
		index.compute(key, (k, connections) -> {
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

	private static <K> boolean remove(Map<K, Set<ClientConnection>> index, K key, ClientConnection connection,
			Runnable whenLast) {
		AtomicBoolean last = new AtomicBoolean();
		index.computeIfPresent(key, (k, connections) -> {
			if (!connections.remove(connection) || !connections.isEmpty()) {
				return connections;
			}
			last.set(true);
			whenLast.run();
			return null;
		});
		return last.get();
	}

	private static <K> void whenAbsent(Map<K, Set<ClientConnection>> index, K key, Runnable action) {
		index.compute(key, (k, connections) -> {
			if (connections == null) {
				action.run();
			}
			return connections;
		});
	}

	private static <K> void whenPresent(Map<K, Set<ClientConnection>> index, K key, Runnable action) {
		index.computeIfPresent(key, (k, connections) -> {
			action.run();
			return connections;
		});
	}

}
