package social.murmur.posts.media;

import io.grpc.ManagedChannel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.grpc.client.GrpcChannelFactory;
import social.murmur.contracts.media.v1.AttachmentsGrpc;

/**
 * The stub for the media service, on the channel named {@code media}
 * ({@code spring.grpc.client.channels.media.address}).
 */
@Configuration(proxyBeanMethods = false)
class MediaClients {

	@Bean
	ManagedChannel mediaChannel(GrpcChannelFactory channels) {
		return channels.createChannel("media");
	}

	@Bean
	AttachmentsGrpc.AttachmentsBlockingStub attachmentsStub(ManagedChannel mediaChannel) {
		return AttachmentsGrpc.newBlockingStub(mediaChannel);
	}

}
