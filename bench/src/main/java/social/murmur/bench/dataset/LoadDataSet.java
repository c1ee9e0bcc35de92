package social.murmur.bench.dataset;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;

import social.murmur.bench.api.Gateway;
import social.murmur.bench.api.Member;
import social.murmur.bench.api.Reply;

/**
 * Loads a data set the way people would create it: through the public API of the gateway,
 * so that every service, event and fan-out takes part. Sign-ups, then follows, then a
 * first home read by everyone (which builds their timelines and counts them as active),
 * then the posts, which are fanned out as they arrive.
 */
public final class LoadDataSet {

	/** Sign-up hashes passwords with Argon2id, which is CPU-bound: a few at a time. */
	private static final int SIGN_UP_PARALLELISM = 8;

	private static final int PARALLELISM = 48;

	private final Gateway gateway;

	private final Consumer<String> progress;

	public LoadDataSet(Gateway gateway, Consumer<String> progress) {
		this.gateway = gateway;
		this.progress = progress;
	}

	public LoadedDataSet load(DataSetSpec spec) {
		FollowGraph graph = FollowGraph.generate(spec);
		this.progress.accept(String.format("data set: %,d accounts, %,d follows, %,d posts (celebrity threshold %,d)",
				spec.accounts(), graph.edges(), spec.posts(), spec.celebrityThreshold()));
		String appToken = registerApp();

		long started = System.nanoTime();
		List<Member> members = Concurrently.run("sign-ups", spec.accounts(), SIGN_UP_PARALLELISM,
				(index) -> signUp(appToken, index), this.progress);
		Duration signUps = since(started);

		List<int[]> edges = shuffledEdges(graph, spec.seed());
		started = System.nanoTime();
		Concurrently.run("follows", edges.size(), PARALLELISM, (i) -> {
			int[] edge = edges.get(i);
			return this.gateway
				.postForm("/api/v1/accounts/" + members.get(edge[1]).id() + "/follow", members.get(edge[0]).token(),
						Map.of())
				.requireOk("follow")
				.ok();
		}, this.progress);
		Duration follows = since(started);

		started = System.nanoTime();
		Concurrently.run("first home reads", members.size(), PARALLELISM / 3,
				(i) -> this.gateway.get("/api/v1/timelines/home?limit=1", members.get(i).token())
					.requireOk("home")
					.ok(),
				this.progress);
		Duration warmUp = since(started);

		SplittableRandom authors = new SplittableRandom(spec.seed() + 1);
		int[] authorOf = new int[spec.posts()];
		for (int i = 0; i < authorOf.length; i++) {
			authorOf[i] = authors.nextInt(spec.accounts());
		}
		long postingStarted = System.nanoTime();
		List<String> statusIds = Concurrently.run("posts", spec.posts(), PARALLELISM,
				(i) -> post(members.get(authorOf[i]),
						"Benchmark post " + i + " by " + members.get(authorOf[i]).username()
								+ ": what a typical status says, at about the length of a typical status."),
				this.progress);
		Duration posting = since(postingStarted);
		return new LoadedDataSet(spec, graph, members, statusIds, signUps, follows, warmUp, posting, postingStarted);
	}

	/** Posts a public status and answers its id once the API has acknowledged it. */
	public String post(Member author, String text) {
		Reply reply = this.gateway
			.postForm("/api/v1/statuses", author.token(), Map.of("status", text, "visibility", "public"))
			.requireOk("post");
		return reply.json().get("id").asString();
	}

	private String registerApp() {
		Reply app = this.gateway
			.postForm("/api/v1/apps", null, Map.of("client_name", "Murmur benchmark", "redirect_uris",
					"urn:ietf:wg:oauth:2.0:oob", "scopes", "read write follow", "website", "https://example.com"))
			.requireOk("app registration");
		Reply token = this.gateway
			.postForm("/oauth/token", null,
					Map.of("grant_type", "client_credentials", "client_id", app.json().get("client_id").asString(),
							"client_secret", app.json().get("client_secret").asString(), "scope", "read write follow"))
			.requireOk("app token");
		return token.json().get("access_token").asString();
	}

	/**
	 * Signs up one account. A sign-up that timed out may still have taken its username
	 * (the profile was made after auth gave up), so a taken name is followed by another.
	 */
	private Member signUp(String appToken, int index) {
		String username = "bench" + index;
		Reply token = null;
		for (int attempt = 1; token == null || !token.ok(); attempt++) {
			if (attempt > 1) {
				username = "bench" + index + "x" + attempt;
			}
			token = this.gateway.postForm("/api/v1/accounts", appToken,
					Map.of("username", username, "email", username + "@example.com", "password",
							"benchmark password " + username, "agreement", "true", "locale", "en"));
			if (attempt == 3 || !(token.status() == 422 && token.body().contains("taken"))) {
				token.requireOk("sign-up");
			}
		}
		String accessToken = token.json().get("access_token").asString();
		Reply me = this.gateway.get("/api/v1/accounts/verify_credentials", accessToken).requireOk("verify_credentials");
		return new Member(index, me.json().get("id").asString(), username, accessToken);
	}

	/**
	 * Every follow as {follower, followee}, in random order, as follows happen in life.
	 */
	static List<int[]> shuffledEdges(FollowGraph graph, long seed) {
		List<int[]> edges = new ArrayList<>();
		for (int follower = 0; follower < graph.accounts(); follower++) {
			for (int followee : graph.following()[follower]) {
				edges.add(new int[] { follower, followee });
			}
		}
		SplittableRandom random = new SplittableRandom(seed + 2);
		for (int i = edges.size() - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			int[] swap = edges.get(i);
			edges.set(i, edges.get(j));
			edges.set(j, swap);
		}
		return edges;
	}

	private static Duration since(long started) {
		return Duration.ofNanos(System.nanoTime() - started);
	}

}
