package social.murmur.bench.measure;

/**
 * An endpoint with the name its figures are reported under.
 *
 * @param name what is measured, e.g. {@code home timeline}
 * @param endpoint how one request is made
 */
public record NamedEndpoint(String name, Endpoint endpoint) {
}
