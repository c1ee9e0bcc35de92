package social.murmur.bench.measure;

import java.util.SplittableRandom;

/** One kind of request under load, e.g. a home timeline read by a random viewer. */
@FunctionalInterface
public interface Endpoint {

	/**
	 * Makes one request.
	 * @param random this client's randomness, to pick a viewer
	 * @return whether it succeeded (a 200 with the expected body)
	 */
	boolean call(SplittableRandom random);

}
