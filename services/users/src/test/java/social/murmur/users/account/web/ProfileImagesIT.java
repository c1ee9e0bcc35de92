package social.murmur.users.account.web;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.google.protobuf.ByteString;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import social.murmur.contracts.Topics;
import social.murmur.contracts.events.v1.AccountUpdated;
import social.murmur.contracts.media.v1.DiscardProfileImagesRequest;
import social.murmur.contracts.media.v1.ProfileImageKind;
import social.murmur.contracts.media.v1.StoreProfileImageRequest;
import social.murmur.contracts.users.v1.Account;
import social.murmur.contracts.users.v1.GetAccountsRequest;
import social.murmur.testsupport.TestIdentities;
import social.murmur.users.Events;
import social.murmur.users.FakeMedia;
import social.murmur.users.Multipart;
import social.murmur.users.UsersIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Avatars and headers: uploaded with {@code update_credentials}, stored by media, shown
 * wherever the account is, reset with {@code DELETE /api/v1/profile/...}; and every
 * refusal or outage leaving the whole profile as it was.
 */
class ProfileImagesIT extends UsersIntegrationTest {

	private static final String UPDATE = "/api/v1/accounts/update_credentials";

	private static final String DEFAULT_AVATAR = "https://murmur.test/avatars/original/missing.png";

	private static final String DEFAULT_HEADER = "https://murmur.test/headers/original/missing.png";

	private static final int EIGHT_MB = 8 * 1024 * 1024;

	@AfterEach
	void mediaAnswersAgain() {
		this.media.down(false);
		this.media.discardsFail(false);
	}

	@Test
	void multipartWithAvatarHeaderAndDisplayNameChangesAllThreeAndDiscardsTheOldImages() {
		long id = newAccount().getId();
		String oldAvatar = upload(id, "avatar");
		byte[] avatar = FakeMedia.png(2048);
		byte[] header = jpeg(4096);
		Multipart form = new Multipart().field("display_name", "Pictured")
			.file("avatar", "me.png", "image/png", avatar)
			.field("note", "Now with pictures")
			.file("header", "banner.jpg", "image/jpeg", header);

		Response response = send("PATCH", UPDATE, TestIdentities.forAccount(id), form.contentType(), form.bytes());

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		String newAvatar = this.media.storedImages(id, ProfileImageKind.PROFILE_IMAGE_KIND_AVATAR).getLast();
		String newHeader = this.media.storedImages(id, ProfileImageKind.PROFILE_IMAGE_KIND_HEADER).getLast();
		assertThat(newAvatar).isNotEqualTo(oldAvatar);
		JsonNode json = response.json();
		assertThat(json.get("display_name").asString()).isEqualTo("Pictured");
		assertThat(json.get("source").get("note").asString()).isEqualTo("Now with pictures");
		assertImages(json, newAvatar, newHeader);
		assertImages(get("/api/v1/accounts/verify_credentials", TestIdentities.forAccount(id)).json(), newAvatar,
				newHeader);
		assertImages(get("/api/v1/accounts/" + id, null).json(), newAvatar, newHeader);
		Account message = accountsGrpc().getAccounts(GetAccountsRequest.newBuilder().addIds(id).build()).getAccounts(0);
		assertThat(message.getAvatarUrl()).isEqualTo(newAvatar);
		assertThat(message.getHeaderUrl()).isEqualTo(newHeader);

		StoreProfileImageRequest storedAvatar = this.media.storeCalls(id).get(1);
		assertThat(storedAvatar.getKind()).isEqualTo(ProfileImageKind.PROFILE_IMAGE_KIND_AVATAR);
		assertThat(storedAvatar.getContent()).isEqualTo(ByteString.copyFrom(avatar));
		StoreProfileImageRequest storedHeader = this.media.storeCalls(id).get(2);
		assertThat(storedHeader.getKind()).isEqualTo(ProfileImageKind.PROFILE_IMAGE_KIND_HEADER);
		assertThat(storedHeader.getContent()).isEqualTo(ByteString.copyFrom(header));
		assertThat(this.media.discardCalls(id))
			.extracting(DiscardProfileImagesRequest::getKind, DiscardProfileImagesRequest::getKeepUrl)
			.endsWith(tuple(ProfileImageKind.PROFILE_IMAGE_KIND_AVATAR, newAvatar),
					tuple(ProfileImageKind.PROFILE_IMAGE_KIND_HEADER, newHeader));
		assertThat(this.media.storedImages(id, ProfileImageKind.PROFILE_IMAGE_KIND_AVATAR)).containsExactly(newAvatar);
		assertThat(Events.readUntilFound(Topics.ACCOUNT_UPDATED, AccountUpdated::parseFrom,
				(event) -> event.getAccountId() == id))
			.isNotEmpty();
	}

	@Test
	void acceptsAnAvatarOfExactlyEightMegabytes() {
		long id = newAccount().getId();
		Multipart form = new Multipart().file("avatar", "big.png", "image/png", FakeMedia.png(EIGHT_MB));

		Response response = send("PATCH", UPDATE, TestIdentities.forAccount(id), form.contentType(), form.bytes());

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		assertThat(this.media.storeCalls(id).getLast().getContent().size()).isEqualTo(EIGHT_MB);
		assertThat(response.json().get("avatar").asString())
			.isEqualTo(this.media.storedImages(id, ProfileImageKind.PROFILE_IMAGE_KIND_AVATAR).getLast());
	}

	@Test
	void mediasRefusalIsA422WithItsMessageAndChangesNothing() {
		long id = newAccount().getId();
		String avatar = upload(id, "avatar");
		int discards = this.media.discardCalls(id).size();
		Multipart notAnImage = new Multipart().field("display_name", "Should not stick")
			.file("avatar", "notes.png", "image/png", "just some text".getBytes(StandardCharsets.UTF_8));

		Response response = send("PATCH", UPDATE, TestIdentities.forAccount(id), notAnImage.contentType(),
				notAnImage.bytes());

		assertThat(response.status()).isEqualTo(422);
		assertThat(response.error()).isEqualTo(FakeMedia.NOT_AN_IMAGE);
		assertProfile(id, "", avatar, DEFAULT_HEADER);

		// A good avatar with a bad header: the avatar media already stored is not shown.
		Multipart badHeader = new Multipart().field("display_name", "Should not stick")
			.file("avatar", "me.png", "image/png", FakeMedia.png(64))
			.file("header", "banner.png", "image/png", "<svg/>".getBytes(StandardCharsets.UTF_8));
		Response second = send("PATCH", UPDATE, TestIdentities.forAccount(id), badHeader.contentType(),
				badHeader.bytes());

		assertThat(second.status()).isEqualTo(422);
		assertThat(second.error()).isEqualTo(FakeMedia.NOT_AN_IMAGE);
		assertProfile(id, "", avatar, DEFAULT_HEADER);
		assertThat(this.media.discardCalls(id)).hasSize(discards);
	}

	@Test
	void mediaDownIsA503AndChangesNothing() {
		long id = newAccount().getId();
		this.media.down(true);
		Multipart form = new Multipart().field("display_name", "Should not stick")
			.field("locked", "true")
			.file("avatar", "me.png", "image/png", FakeMedia.png(64));

		Response response = send("PATCH", UPDATE, TestIdentities.forAccount(id), form.contentType(), form.bytes());

		assertThat(response.status()).isEqualTo(503);
		assertThat(response.error()).isEqualTo("Media service temporarily unavailable, please try again");
		this.media.down(false);
		assertProfile(id, "", DEFAULT_AVATAR, DEFAULT_HEADER);
		assertThat(get("/api/v1/accounts/" + id, null).json().get("locked").asBoolean()).isFalse();
	}

	@Test
	void aFileOverEightMegabytesIsA422WithoutCallingMedia() {
		long id = newAccount().getId();
		Multipart form = new Multipart().field("display_name", "Should not stick")
			.file("avatar", "me.png", "image/png", FakeMedia.png(64))
			.file("header", "huge.png", "image/png", FakeMedia.png(EIGHT_MB + 1));

		Response response = send("PATCH", UPDATE, TestIdentities.forAccount(id), form.contentType(), form.bytes());

		assertThat(response.status()).isEqualTo(422);
		assertThat(response.error()).isEqualTo("Validation failed: Header file size must be less than 8 MB");
		assertThat(this.media.storeCalls(id)).isEmpty();
		assertProfile(id, "", DEFAULT_AVATAR, DEFAULT_HEADER);
	}

	@Test
	void farLargerBodiesAreA413InJsonWithoutCallingMedia() {
		long id = newAccount().getId();
		Multipart largeFile = new Multipart().field("display_name", "Should not stick")
			.file("avatar", "huge.png", "image/png", FakeMedia.png(20 * 1024 * 1024));
		Multipart largeBody = new Multipart().field("display_name", "Should not stick")
			.file("avatar", "huge.png", "image/png", FakeMedia.png(15 * 1024 * 1024))
			.file("header", "huge.png", "image/png", FakeMedia.png(15 * 1024 * 1024))
			.file("avatar", "again.png", "image/png", FakeMedia.png(6 * 1024 * 1024));

		for (Multipart form : new Multipart[] { largeFile, largeBody }) {
			Response response = send("PATCH", UPDATE, TestIdentities.forAccount(id), form.contentType(), form.bytes());

			assertThat(response.status()).isEqualTo(413);
			assertThat(response.header("Content-Type")).startsWith("application/json");
			assertThat(response.error()).isNotBlank();
		}
		assertThat(this.media.storeCalls(id)).isEmpty();
		assertProfile(id, "", DEFAULT_AVATAR, DEFAULT_HEADER);
	}

	@Test
	void anEmptyAvatarIsA422WithoutCallingMedia() {
		long id = newAccount().getId();
		Multipart form = new Multipart().field("display_name", "Should not stick")
			.file("avatar", "empty.png", "image/png", new byte[0]);

		Response response = send("PATCH", UPDATE, TestIdentities.forAccount(id), form.contentType(), form.bytes());

		assertThat(response.status()).isEqualTo(422);
		assertThat(response.error()).isEqualTo("Validation failed: Avatar file is empty");
		assertThat(this.media.storeCalls(id)).isEmpty();
		assertProfile(id, "", DEFAULT_AVATAR, DEFAULT_HEADER);
	}

	@Test
	void aBadFieldBesideTheImagesIsRefusedBeforeMediaIsCalled() {
		long id = newAccount().getId();
		Multipart form = new Multipart().field("display_name", "x".repeat(31))
			.file("avatar", "me.png", "image/png", FakeMedia.png(64));

		Response response = send("PATCH", UPDATE, TestIdentities.forAccount(id), form.contentType(), form.bytes());

		assertThat(response.status()).isEqualTo(422);
		assertThat(response.error())
			.isEqualTo("Validation failed: Display name is too long (maximum is 30 characters)");
		assertThat(this.media.storeCalls(id)).isEmpty();
		assertProfile(id, "", DEFAULT_AVATAR, DEFAULT_HEADER);
	}

	@Test
	void aFailedDiscardDoesNotFailTheUpdate() {
		long id = newAccount().getId();
		String oldAvatar = upload(id, "avatar");
		this.media.discardsFail(true);

		String newAvatar = upload(id, "avatar");

		assertProfile(id, "", newAvatar, DEFAULT_HEADER);
		assertThat(this.media.storedImages(id, ProfileImageKind.PROFILE_IMAGE_KIND_AVATAR)).containsExactly(oldAvatar,
				newAvatar);
	}

	@Test
	void deletingTheAvatarOrHeaderResetsItToTheDefaultAndDiscardsTheStoredOnes() {
		long id = newAccount().getId();
		upload(id, "avatar");
		String header = upload(id, "header");

		Response avatarDeleted = send("DELETE", "/api/v1/profile/avatar", TestIdentities.forAccount(id), null,
				(String) null);

		assertThat(avatarDeleted.status()).isEqualTo(200);
		assertImages(avatarDeleted.json(), DEFAULT_AVATAR, header);
		assertThat(avatarDeleted.json().get("source").get("language").asString()).isEqualTo("en");
		assertImages(get("/api/v1/accounts/" + id, null).json(), DEFAULT_AVATAR, header);
		assertThat(accountsGrpc().getAccounts(GetAccountsRequest.newBuilder().addIds(id).build())
			.getAccounts(0)
			.getAvatarUrl()).isEmpty();
		DiscardProfileImagesRequest discard = this.media.discardCalls(id).getLast();
		assertThat(discard.getKind()).isEqualTo(ProfileImageKind.PROFILE_IMAGE_KIND_AVATAR);
		assertThat(discard.getKeepUrl()).isEmpty();
		assertThat(this.media.storedImages(id, ProfileImageKind.PROFILE_IMAGE_KIND_AVATAR)).isEmpty();

		Response headerDeleted = send("DELETE", "/api/v1/profile/header", TestIdentities.forAccount(id), null,
				(String) null);

		assertThat(headerDeleted.status()).isEqualTo(200);
		assertImages(headerDeleted.json(), DEFAULT_AVATAR, DEFAULT_HEADER);
		assertThat(this.media.storedImages(id, ProfileImageKind.PROFILE_IMAGE_KIND_HEADER)).isEmpty();

		Response again = send("DELETE", "/api/v1/profile/avatar", TestIdentities.forAccount(id), null, (String) null);
		assertThat(again.status()).isEqualTo(200);
		assertImages(again.json(), DEFAULT_AVATAR, DEFAULT_HEADER);
	}

	@Test
	void deletingResetsEvenWhenMediaCannotDiscard() {
		long id = newAccount().getId();
		upload(id, "avatar");
		this.media.down(true);

		Response response = send("DELETE", "/api/v1/profile/avatar", TestIdentities.forAccount(id), null,
				(String) null);

		assertThat(response.status()).isEqualTo(200);
		assertImages(response.json(), DEFAULT_AVATAR, DEFAULT_HEADER);
	}

	@Test
	void deletingNeedsAnAccountWithTheWriteAccountsScope() {
		long id = newAccount().getId();
		String avatar = upload(id, "avatar");

		assertThat(send("DELETE", "/api/v1/profile/avatar", null, null, (String) null).status()).isEqualTo(401);
		assertThat(send("DELETE", "/api/v1/profile/avatar", TestIdentities.forged(id), null, (String) null).status())
			.isEqualTo(401);
		Response readOnly = send("DELETE", "/api/v1/profile/avatar", TestIdentities.forAccount(id, "read"), null,
				(String) null);
		assertThat(readOnly.status()).isEqualTo(403);
		assertThat(readOnly.error()).isEqualTo("This action is outside the authorized scopes");
		assertThat(send("DELETE", "/api/v1/profile/header", TestIdentities.forApplication(1), null, (String) null)
			.status()).isIn(403, 422);
		assertProfile(id, "", avatar, DEFAULT_HEADER);
	}

	@Test
	void uploadingNeedsTheWriteAccountsScope() {
		long id = newAccount().getId();
		Multipart form = new Multipart().file("avatar", "me.png", "image/png", FakeMedia.png(64));

		Response response = send("PATCH", UPDATE, TestIdentities.forAccount(id, "read"), form.contentType(),
				form.bytes());

		assertThat(response.status()).isEqualTo(403);
		assertThat(this.media.storeCalls(id)).isEmpty();
	}

	/** Uploads a new image of the kind ({@code avatar} or {@code header}); its URL. */
	private String upload(long id, String field) {
		Multipart form = new Multipart().file(field, field + ".png", "image/png", FakeMedia.png(128));
		Response response = send("PATCH", UPDATE, TestIdentities.forAccount(id), form.contentType(), form.bytes());
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json().get(field).asString();
	}

	private void assertProfile(long id, String displayName, String avatar, String header) {
		JsonNode json = get("/api/v1/accounts/verify_credentials", TestIdentities.forAccount(id)).json();
		assertThat(json.get("display_name").asString()).isEqualTo(displayName);
		assertImages(json, avatar, header);
	}

	private static void assertImages(JsonNode account, String avatar, String header) {
		assertThat(account.get("avatar").asString()).isEqualTo(avatar);
		assertThat(account.get("avatar_static").asString()).isEqualTo(avatar);
		assertThat(account.get("header").asString()).isEqualTo(header);
		assertThat(account.get("header_static").asString()).isEqualTo(header);
	}

	private static byte[] jpeg(int size) {
		byte[] content = new byte[size];
		Arrays.fill(content, (byte) 0x42);
		content[0] = (byte) 0xFF;
		content[1] = (byte) 0xD8;
		content[2] = (byte) 0xFF;
		return content;
	}

}
