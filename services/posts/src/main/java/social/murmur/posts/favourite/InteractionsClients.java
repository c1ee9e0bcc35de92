package social.murmur.posts.favourite;

import io.grpc.ManagedChannel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.grpc.client.GrpcChannelFactory;
import social.murmur.contracts.interactions.v1.FavouritesGrpc;

/**
 * The stub for the interactions service, on the channel named {@code interactions}
 * ({@code spring.grpc.client.channels.interactions.address}).
 */
@Configuration(proxyBeanMethods = false)
class InteractionsClients {

	@Bean
	ManagedChannel interactionsChannel(GrpcChannelFactory channels) {
		return channels.createChannel("interactions");
	}

	@Bean
	FavouritesGrpc.FavouritesBlockingStub favouritesStub(ManagedChannel interactionsChannel) {
		return FavouritesGrpc.newBlockingStub(interactionsChannel);
	}

}
