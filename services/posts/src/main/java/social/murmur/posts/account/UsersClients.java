package social.murmur.posts.account;

import io.grpc.ManagedChannel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.grpc.client.GrpcChannelFactory;
import social.murmur.contracts.users.v1.AccountsGrpc;
import social.murmur.contracts.users.v1.FollowGraphGrpc;

/**
 * Stubs for the users service, on the channel named {@code users}
 * ({@code spring.grpc.client.channels.users.address}).
 */
@Configuration(proxyBeanMethods = false)
class UsersClients {

	@Bean
	ManagedChannel usersChannel(GrpcChannelFactory channels) {
		return channels.createChannel("users");
	}

	@Bean
	AccountsGrpc.AccountsBlockingStub accountsStub(ManagedChannel usersChannel) {
		return AccountsGrpc.newBlockingStub(usersChannel);
	}

	@Bean
	FollowGraphGrpc.FollowGraphBlockingStub followGraphStub(ManagedChannel usersChannel) {
		return FollowGraphGrpc.newBlockingStub(usersChannel);
	}

}
