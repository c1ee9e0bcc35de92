package social.murmur.users.account.remote;

import io.grpc.ManagedChannel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.grpc.client.GrpcChannelFactory;
import social.murmur.contracts.media.v1.ProfileImagesGrpc;
import social.murmur.users.account.ProfileImageUpload;

/**
 * The stub for the media service, on the channel named {@code media}
 * ({@code spring.grpc.client.channels.media.address}).
 */
@Configuration(proxyBeanMethods = false)
class MediaClients {

	/**
	 * Room for the largest image allowed and the rest of the request (ids, field tags); a
	 * larger message is refused here, before it is sent.
	 */
	static final int MAX_OUTBOUND_MESSAGE_SIZE = (int) ProfileImageUpload.MAX_BYTES + 64 * 1024;

	@Bean
	ManagedChannel mediaChannel(GrpcChannelFactory channels) {
		return channels.createChannel("media");
	}

	@Bean
	ProfileImagesGrpc.ProfileImagesBlockingStub profileImagesStub(ManagedChannel mediaChannel) {
		return ProfileImagesGrpc.newBlockingStub(mediaChannel).withMaxOutboundMessageSize(MAX_OUTBOUND_MESSAGE_SIZE);
	}

}
