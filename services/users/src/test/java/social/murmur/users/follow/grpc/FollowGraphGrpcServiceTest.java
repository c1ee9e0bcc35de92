package social.murmur.users.follow.grpc;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FollowGraphGrpcServiceTest {

	@Test
	void clampsPageSizesAndTreatsAnUnsetLimitAsTheLargestPage() {
		assertThat(FollowGraphGrpcService.pageSize(0)).isEqualTo(1000);
		assertThat(FollowGraphGrpcService.pageSize(-5)).isEqualTo(1);
		assertThat(FollowGraphGrpcService.pageSize(1)).isEqualTo(1);
		assertThat(FollowGraphGrpcService.pageSize(250)).isEqualTo(250);
		assertThat(FollowGraphGrpcService.pageSize(5000)).isEqualTo(1000);
	}

}
