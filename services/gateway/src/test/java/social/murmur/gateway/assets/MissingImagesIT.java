package social.murmur.gateway.assets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import social.murmur.gateway.AbstractGatewayIT;
import social.murmur.gateway.GatewayClient.Reply;

import static org.assertj.core.api.Assertions.assertThat;

class MissingImagesIT extends AbstractGatewayIT {

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	@ParameterizedTest
	@ValueSource(strings = { "/avatars/original/missing.png", "/headers/original/missing.png" })
	void servesPlaceholderImagesForAYear(String path) {
		Reply reply = this.gateway.get(path).send();

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.header("Content-Type")).isEqualTo("image/png");
		assertThat(reply.header("Cache-Control")).contains("max-age=31536000", "public", "immutable");
		assertThat(reply.body()).startsWith(PNG_SIGNATURE);
		assertThat(reply.body().length).isLessThan(20 * 1024);
	}

}
