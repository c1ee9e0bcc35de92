package social.murmur.bench.api;

/**
 * What the measured requests need of a response: its status and the first byte of its
 * body, which tells a JSON array from an error object. The rest of the body is read and
 * dropped without being decoded, so that the load generator spends little of the machine
 * it shares with the system.
 *
 * @param status the HTTP status
 * @param firstByte the body's first byte, or -1 when it has none
 */
public record Probe(int status, int firstByte) {

	public boolean ok() {
		return this.status == 200;
	}

	/** Whether the response is a 200 whose body is a JSON array. */
	public boolean okArray() {
		return ok() && this.firstByte == '[';
	}

}
