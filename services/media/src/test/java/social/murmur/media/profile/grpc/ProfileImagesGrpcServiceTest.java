package social.murmur.media.profile.grpc;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

class ProfileImagesGrpcServiceTest {

	@Test
	void refusesToStartWhenTheGrpcServerWouldCutOffTheLargestImages() {
		// in-process servers (the integration tests) ignore the limit, so it is checked
		// here
		assertThatIllegalStateException()
			.isThrownBy(() -> ProfileImagesGrpcService.checkMessageLimit(ProfileImagesGrpcService.GRPC_DEFAULT_LIMIT,
					DataSize.ofMegabytes(8)))
			.withMessageContaining("spring.grpc.server.max-inbound-message-size");
		assertThatIllegalStateException().isThrownBy(
				() -> ProfileImagesGrpcService.checkMessageLimit(DataSize.ofMegabytes(8), DataSize.ofMegabytes(8)));
		assertThatNoException().isThrownBy(
				() -> ProfileImagesGrpcService.checkMessageLimit(DataSize.ofMegabytes(12), DataSize.ofMegabytes(8)));
	}

}
