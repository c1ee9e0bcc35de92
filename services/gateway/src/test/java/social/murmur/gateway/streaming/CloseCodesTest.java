package social.murmur.gateway.streaming;

import org.junit.jupiter.api.Test;
import org.springframework.web.socket.CloseStatus;

import static org.assertj.core.api.Assertions.assertThat;

class CloseCodesTest {

	@Test
	void passesOnCodesTheClientMayReceive() {
		assertThat(CloseCodes.toClient(1001, "going away")).isEqualTo(new CloseStatus(1001, "going away"));
		assertThat(CloseCodes.toClient(1012, "")).isEqualTo(new CloseStatus(1012));
		assertThat(CloseCodes.toClient(4000, "")).isEqualTo(new CloseStatus(4000));
	}

	@Test
	void turnsAnAbnormalEndOfNotificationsIntoAServerError() {
		assertThat(CloseCodes.toClient(1006, "")).isEqualTo(CloseStatus.SERVER_ERROR);
		assertThat(CloseCodes.toClient(1010, "")).isEqualTo(CloseStatus.SERVER_ERROR);
		assertThat(CloseCodes.toClient(2000, "")).isEqualTo(CloseStatus.SERVER_ERROR);
	}

	@Test
	void treatsACloseWithoutCodeAsNormal() {
		assertThat(CloseCodes.toClient(1005, "")).isEqualTo(CloseStatus.NORMAL);
		assertThat(CloseCodes.toUpstream(1005)).isEqualTo(1000);
	}

	@Test
	void passesOnTheClientsCodeWhenTheGatewaysClientMaySendIt() {
		assertThat(CloseCodes.toUpstream(1000)).isEqualTo(1000);
		assertThat(CloseCodes.toUpstream(1001)).isEqualTo(1001);
		assertThat(CloseCodes.toUpstream(4321)).isEqualTo(4321);
		assertThat(CloseCodes.toUpstream(1006)).isEqualTo(1011);
		assertThat(CloseCodes.toUpstream(1009)).isEqualTo(1011);
	}

}
