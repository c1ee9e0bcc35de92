package social.murmur.gateway.streaming;

import org.springframework.web.socket.CloseStatus;

/**
 * Which close code one side of a relay gets when the other side closed. A code that may
 * be sent on (RFC 6455 section 7.4) passes through; a close frame without a code (1005)
 * was a normal close; anything else, an abnormal end (1006) included, becomes 1011.
 */
final class CloseCodes {

	private static final int NO_STATUS = 1005;

	private CloseCodes() {
	}

	/** What the client gets when notifications closed with {@code code}. */
	static CloseStatus toClient(int code, String reason) {
		if (code == NO_STATUS) {
			return CloseStatus.NORMAL;
		}
		if (!sendableByServer(code)) {
			return CloseStatus.SERVER_ERROR;
		}
		return new CloseStatus(code, reason.isEmpty() ? null : reason);
	}

	/** What notifications gets when the client closed with {@code code}. */
	static int toUpstream(int code) {
		if (code == NO_STATUS) {
			return CloseStatus.NORMAL.getCode();
		}
		return sendableByClient(code) ? code : CloseStatus.SERVER_ERROR.getCode();
	}

	static boolean sendableByServer(int code) {
		return switch (code) {
			case 1000, 1001, 1002, 1003, 1007, 1008, 1009, 1011, 1012, 1013, 1014 -> true;
			default -> isApplicationCode(code);
		};
	}

	/**
	 * The codes the JDK's WebSocket client, the gateway's side towards notifications, may
	 * send.
	 */
	static boolean sendableByClient(int code) {
		return switch (code) {
			case 1000, 1001, 1008, 1011 -> true;
			default -> isApplicationCode(code);
		};
	}

	private static boolean isApplicationCode(int code) {
		return code >= 3000 && code <= 4999;
	}

}
