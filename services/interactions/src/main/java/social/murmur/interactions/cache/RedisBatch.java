package social.murmur.interactions.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import io.lettuce.core.RedisCommandTimeoutException;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.cluster.api.async.RedisAdvancedClusterAsyncCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.output.BooleanListOutput;
import io.lettuce.core.output.IntegerOutput;
import io.lettuce.core.output.ValueOutput;
import io.lettuce.core.protocol.AsyncCommand;
import io.lettuce.core.protocol.Command;
import io.lettuce.core.protocol.CommandArgs;
import io.lettuce.core.protocol.CommandType;
import org.jspecify.annotations.Nullable;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Single-key commands on keys of many cluster slots (one per status), written to Redis
 * together and answered in one round trip.
 * <p>
 * Spring Data Redis pipelines on a dedicated connection, which without a pool is a new
 * connection (and handshake) per pipeline; this instead dispatches the whole batch as one
 * write on the shared connection, where Redis answers the commands in order. On a cluster
 * connection Lettuce routes each command to the node that owns its key's slot, so no
 * command ever spans two slots. Redis may have forgotten a script (restart, failover):
 * the scripts it answers {@code NOSCRIPT} to are sent once more with their body, which
 * costs a second round trip only then.
 */
final class RedisBatch {

	private static final ByteArrayCodec CODEC = ByteArrayCodec.INSTANCE;

	private final List<Call<?>> calls = new ArrayList<>();

	/** Which of the members are in the set at {@code key}, in the order given. */
	CompletableFuture<List<Boolean>> isMember(String key, List<String> members) {
		return add(() -> new Command<>(CommandType.SMISMEMBER, new BooleanListOutput<>(CODEC),
				new CommandArgs<>(CODEC).addKey(bytes(key))
					.addValues(members.stream().map(RedisBatch::bytes).toList())),
				null);
	}

	/** The string at {@code key}, null when there is none. */
	CompletableFuture<@Nullable String> get(String key) {
		CompletableFuture<byte @Nullable []> value = add(() -> new Command<>(CommandType.GET, new ValueOutput<>(CODEC),
				new CommandArgs<>(CODEC).addKey(bytes(key))), null);
		return value.thenApply((raw) -> (raw != null) ? new String(raw, StandardCharsets.UTF_8) : null);
	}

	/** Runs a script that touches only {@code key} and answers an integer. */
	CompletableFuture<Long> run(Script script, String key, List<String> args) {
		return add(() -> script.command(CommandType.EVALSHA, script.sha(), key, args),
				() -> script.command(CommandType.EVAL, script.body(), key, args));
	}

	boolean isEmpty() {
		return this.calls.isEmpty();
	}

	/**
	 * Sends every command on the template's shared connection and waits for the answers,
	 * at most the connection's command timeout per round trip; the futures handed out are
	 * then complete.
	 * @throws RuntimeException when Redis did not answer them all in time, or refused one
	 */
	void execute(StringRedisTemplate redis) {
		if (this.calls.isEmpty()) {
			return;
		}
		redis.execute((RedisCallback<@Nullable Void>) (connection) -> {
			StatefulConnection<byte[], byte[]> stateful = stateful(connection.getNativeConnection());
			List<Call<?>> unknownScripts = send(stateful, this.calls, false);
			if (!unknownScripts.isEmpty()) {
				send(stateful, unknownScripts, true);
			}
			return null;
		});
	}

	private <T> CompletableFuture<T> add(Supplier<Command<byte[], byte[], T>> command,
			@Nullable Supplier<Command<byte[], byte[], T>> withBody) {
		Call<T> call = new Call<>(command, withBody, new CompletableFuture<>());
		this.calls.add(call);
		return call.result();
	}

	/**
	 * @return the calls that failed only because Redis did not know their script
	 */
	private static List<Call<?>> send(StatefulConnection<byte[], byte[]> connection, List<Call<?>> calls,
			boolean withBody) {
		List<AsyncCommand<byte[], byte[], ?>> commands = new ArrayList<>(calls.size());
		for (Call<?> call : calls) {
			commands.add(call.command(withBody));
		}
		connection.dispatch(commands);
		Duration timeout = connection.getTimeout();
		long deadline = System.nanoTime() + timeout.toNanos();
		List<Call<?>> unknownScripts = new ArrayList<>();
		try {
			for (int i = 0; i < commands.size(); i++) {
				Call<?> call = calls.get(i);
				try {
					call.complete(commands.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
				}
				catch (ExecutionException ex) {
					if (ex.getCause() instanceof RedisNoScriptException && !withBody && call.withBody() != null) {
						unknownScripts.add(call);
					}
					else if (ex.getCause() instanceof RuntimeException cause) {
						throw cause;
					}
					else {
						throw new RedisException(ex.getCause());
					}
				}
			}
		}
		catch (TimeoutException ex) {
			commands.forEach(AsyncCommand::cancel);
			throw new RedisCommandTimeoutException(
					"Redis did not answer " + commands.size() + " commands within " + timeout.toMillis() + " ms");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			commands.forEach(AsyncCommand::cancel);
			throw new RedisException("Interrupted while waiting for Redis", ex);
		}
		return unknownScripts;
	}

	@SuppressWarnings("unchecked")
	private static StatefulConnection<byte[], byte[]> stateful(@Nullable Object nativeConnection) {
		if (nativeConnection instanceof RedisAsyncCommands<?, ?> standalone) {
			return (StatefulConnection<byte[], byte[]>) standalone.getStatefulConnection();
		}
		if (nativeConnection instanceof RedisAdvancedClusterAsyncCommands<?, ?> cluster) {
			return (StatefulConnection<byte[], byte[]>) cluster.getStatefulConnection();
		}
		throw new IllegalStateException("Not a Lettuce connection: " + nativeConnection);
	}

	private static byte[] bytes(String value) {
		return value.getBytes(StandardCharsets.UTF_8);
	}

	/** A command queued in a batch, and where its answer goes. */
	private record Call<T>(Supplier<Command<byte[], byte[], T>> command,
			@Nullable Supplier<Command<byte[], byte[], T>> withBody, CompletableFuture<T> result) {

		AsyncCommand<byte[], byte[], T> command(boolean body) {
			Supplier<Command<byte[], byte[], T>> factory = (body && this.withBody != null) ? this.withBody
					: this.command;
			return new AsyncCommand<>(factory.get());
		}

		@SuppressWarnings("unchecked")
		void complete(@Nullable Object value) {
			this.result.complete((T) value);
		}

	}

	/**
	 * A Lua script on one key that answers an integer, sent by its SHA-1 digest while
	 * Redis knows it.
	 */
	record Script(String body, String sha) {

		static Script of(String body) {
			try {
				return new Script(body, HexFormat.of()
					.formatHex(MessageDigest.getInstance("SHA-1").digest(body.getBytes(StandardCharsets.UTF_8))));
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException("Every JVM has SHA-1", ex);
			}
		}

		Command<byte[], byte[], Long> command(CommandType type, String scriptOrSha, String key, List<String> args) {
			return new Command<>(type, new IntegerOutput<>(CODEC),
					new CommandArgs<>(CODEC).add(scriptOrSha)
						.add(1)
						.addKey(bytes(key))
						.addValues(args.stream().map(RedisBatch::bytes).toList()));
		}

	}

}
