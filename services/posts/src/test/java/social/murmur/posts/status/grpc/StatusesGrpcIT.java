package social.murmur.posts.status.grpc;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.inprocess.InProcessChannelBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.grpc.client.GrpcChannelFactory;
import social.murmur.contracts.posts.v1.GetStatusesRequest;
import social.murmur.contracts.posts.v1.ListStatusIdsByAuthorsRequest;
import social.murmur.contracts.posts.v1.StatusesGrpc;
import social.murmur.contracts.posts.v1.Visibility;
import social.murmur.contracts.users.v1.Account;
import social.murmur.posts.support.PostsIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class StatusesGrpcIT extends PostsIntegrationTest {

	@Autowired
	private GrpcChannelFactory channels;

	private StatusesGrpc.StatusesBlockingStub statuses;

	@BeforeEach
	void connect() {
		this.statuses = StatusesGrpc.newBlockingStub(this.channels.createChannel("posts"));
	}

	@Test
	void getStatusesAnswersInTheOrderAskedLeavingOutUnknownAndDeletedOnes() {
		Account alice = this.users.register("alice");
		Account bob = this.users.register("bob");
		long first = id(post(alice, "first #Tag"));
		long direct = id(post(alice, params("status", "hi @" + bob.getUsername(), "visibility", "direct")));
		long deleted = id(post(alice, "gone"));
		delete("/api/v1/statuses/" + deleted, tokenFor(alice));
		long second = id(post(bob, "second"));

		var answer = this.statuses.getStatuses(
				GetStatusesRequest.newBuilder().addAllIds(List.of(direct, 1L, second, deleted, first)).build());

		assertThat(answer.getStatusesList()).extracting((status) -> status.getId())
			.containsExactly(direct, second, first);
		var directStatus = answer.getStatuses(0);
		assertThat(directStatus.getVisibility()).isEqualTo(Visibility.VISIBILITY_DIRECT);
		assertThat(directStatus.getAccount().getUsername()).isEqualTo(alice.getUsername());
		assertThat(directStatus.getMentionsList()).extracting((mention) -> mention.getAccountId())
			.containsExactly(bob.getId());
		assertThat(directStatus.getText()).isEqualTo("hi @" + bob.getUsername());
		assertThat(answer.getStatuses(2).getTagsList()).containsExactly("tag");
		assertThat(answer.getStatuses(1).getAccount().getId()).isEqualTo(bob.getId());
		assertThat(answer.getStatuses(1).getContent()).isEqualTo("<p>second</p>");
	}

	@Test
	void getStatusesTakesAtMostEightHundredIds() {
		List<Long> ids = LongStream.rangeClosed(1, 801).boxed().toList();
		assertThat(this.statuses.getStatuses(GetStatusesRequest.newBuilder().addAllIds(ids.subList(0, 800)).build())
			.getStatusesCount()).isZero();
		assertThatExceptionOfType(StatusRuntimeException.class)
			.isThrownBy(() -> this.statuses.getStatuses(GetStatusesRequest.newBuilder().addAllIds(ids).build()))
			.satisfies((ex) -> assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT));
	}

	@Test
	void listsStatusIdsOfAuthorsNewestFirstWithinBoundsWithoutDirectOrDeletedOnes() {
		Account alice = this.users.register("alice");
		Account bob = this.users.register("bob");
		Account carol = this.users.register("carol");
		long a1 = id(post(alice, "a1"));
		id(post(alice, params("status", "a2", "visibility", "direct")));
		long b1 = id(post(bob, params("status", "b1", "visibility", "unlisted")));
		long a3 = id(post(alice, params("status", "a3", "visibility", "private")));
		long b2 = id(post(bob, "b2"));
		delete("/api/v1/statuses/" + b2, tokenFor(bob));
		id(post(carol, "c1"));
		List<Long> authors = List.of(alice.getId(), bob.getId());

		assertThat(list(authors, 0, 0, 20)).containsExactly(a3, b1, a1);
		assertThat(list(authors, a3, 0, 20)).containsExactly(b1, a1);
		assertThat(list(authors, 0, a1, 20)).containsExactly(a3, b1);
		assertThat(list(authors, 0, 0, 1)).containsExactly(a3);
		assertThat(list(authors, 0, 0, 0)).as("limit clamped to at least one").containsExactly(a3);
		assertThat(list(authors, 0, 0, 100_000)).containsExactly(a3, b1, a1);
		assertThat(list(List.of(), 0, 0, 20)).isEmpty();
		assertThat(list(List.of(987_654_321L), 0, 0, 20)).isEmpty();
	}

	@Test
	void listStatusIdsByAuthorsRefusesNegativeBounds() {
		assertThatExceptionOfType(StatusRuntimeException.class).isThrownBy(() -> list(List.of(1L), -1, 0, 20))
			.satisfies((ex) -> assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT));
	}

	@Test
	void refusesCallsWithoutAServiceToken() {
		ManagedChannel anonymous = InProcessChannelBuilder.forName(GRPC_SERVER).build();
		try {
			assertThatExceptionOfType(StatusRuntimeException.class)
				.isThrownBy(() -> StatusesGrpc.newBlockingStub(anonymous)
					.getStatuses(GetStatusesRequest.newBuilder().addIds(1).build()))
				.satisfies((ex) -> assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED));
		}
		finally {
			anonymous.shutdownNow();
		}
	}

	private List<Long> list(List<Long> authors, long maxId, long minId, int limit) {
		return new ArrayList<>(this.statuses
			.listStatusIdsByAuthors(ListStatusIdsByAuthorsRequest.newBuilder()
				.addAllAuthorIds(authors)
				.setMaxId(maxId)
				.setMinId(minId)
				.setLimit(limit)
				.build())
			.getIdsList());
	}

	private static long id(tools.jackson.databind.JsonNode status) {
		return Long.parseLong(status.get("id").asString());
	}

}
