package social.murmur.media.profile.grpc;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;

import javax.imageio.ImageIO;

import com.google.protobuf.ByteString;
import io.grpc.ManagedChannel;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.inprocess.InProcessChannelBuilder;
import org.junit.jupiter.api.Test;
import social.murmur.contracts.media.v1.DiscardProfileImagesRequest;
import social.murmur.contracts.media.v1.ProfileImage;
import social.murmur.contracts.media.v1.ProfileImageKind;
import social.murmur.contracts.media.v1.ProfileImagesGrpc;
import social.murmur.contracts.media.v1.StoreProfileImageRequest;
import social.murmur.media.support.IntegrationTestSupport;
import social.murmur.media.support.TestImages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** {@code ProfileImages} as users calls it for avatars and headers. */
class ProfileImagesGrpcIT extends IntegrationTestSupport {

	private static final ProfileImageKind AVATAR = ProfileImageKind.PROFILE_IMAGE_KIND_AVATAR;

	private static final ProfileImageKind HEADER = ProfileImageKind.PROFILE_IMAGE_KIND_HEADER;

	@Test
	void aPhotoWithExifBecomesAnUprightSquareAvatarWithoutMetadataServedForever() throws IOException {
		long account = newId();
		// stored 1200x800 with its red half on the left; orientation 6 turns it a quarter
		// clockwise, so the red half is on top
		byte[] photo = TestImages.jpegWithExif(1200, 800, 6);
		assertThat(TestImages.contains(photo, "Exif")).isTrue();

		ProfileImage avatar = store(account, AVATAR, photo);

		assertThat(avatar.getWidth()).isEqualTo(400);
		assertThat(avatar.getHeight()).isEqualTo(400);
		assertThat(avatar.getUrl()).startsWith(PUBLIC_URL + "/system/media_attachments/profiles/")
			.endsWith("/avatar.jpg");
		Response served = get(avatar.getUrl(), null);
		assertThat(served.status()).isEqualTo(200);
		assertThat(served.header("Content-Type")).isEqualTo("image/jpeg");
		assertThat(served.header("Cache-Control")).contains("max-age=31536000", "public", "immutable");
		assertThat(TestImages.contains(served.bytes(), "Exif")).isFalse();
		assertThat(TestImages.contains(served.bytes(), "Murmr")).isFalse();
		assertThat(hasApp1Segment(served.bytes())).isFalse();
		BufferedImage image = read(served.bytes());
		assertThat(image.getWidth()).isEqualTo(400);
		assertThat(image.getHeight()).isEqualTo(400);
		assertThat(TestImages.isRed(image.getRGB(200, 40))).isTrue();
		assertThat(TestImages.isBlue(image.getRGB(200, 360))).isTrue();
		assertThat(rowsOf(account, "avatar")).isEqualTo(1);
	}

	@Test
	void aWideImageBecomesAThreeToOneHeaderOfAtMost1500x500() throws IOException {
		long account = newId();

		ProfileImage header = store(account, HEADER, TestImages.png(4000, 1000));
		ProfileImage squarish = store(account, HEADER, TestImages.png(1800, 1500));

		assertThat(header.getWidth()).isEqualTo(1500);
		assertThat(header.getHeight()).isEqualTo(500);
		BufferedImage image = read(get(header.getUrl(), null).bytes());
		assertThat(image.getWidth()).isEqualTo(1500);
		assertThat(image.getHeight()).isEqualTo(500);
		assertThat(squarish.getWidth()).isEqualTo(1500);
		assertThat(squarish.getHeight()).isEqualTo(500);
		assertThat(header.getUrl()).endsWith("/header.jpg").isNotEqualTo(squarish.getUrl());
	}

	@Test
	void aSmallImageIsCroppedButNotEnlarged() throws IOException {
		long account = newId();

		ProfileImage avatar = store(account, AVATAR, TestImages.png(120, 90));
		ProfileImage header = store(account, HEADER, TestImages.gif(300, 60));

		assertThat(avatar.getWidth()).isEqualTo(90);
		assertThat(avatar.getHeight()).isEqualTo(90);
		assertThat(read(get(avatar.getUrl(), null).bytes()).getWidth()).isEqualTo(90);
		assertThat(header.getWidth()).isEqualTo(180);
		assertThat(header.getHeight()).isEqualTo(60);
	}

	@Test
	void transparentImagesStayPng() throws IOException {
		ProfileImage avatar = store(newId(), AVATAR, TestImages.translucentPng(100, 100));

		assertThat(avatar.getUrl()).endsWith("/avatar.png");
		Response served = get(avatar.getUrl(), null);
		assertThat(served.header("Content-Type")).isEqualTo("image/png");
		assertThat(read(served.bytes()).getRGB(90, 50) >>> 24).isZero();
	}

	@Test
	void anImageOfNearlyEightMegabytesGetsThrough() {
		byte[] noise = noisePng(1600, 1600);
		assertThat(noise.length).isBetween(7 * 1024 * 1024, 8 * 1024 * 1024);

		ProfileImage header = store(newId(), HEADER, noise);

		assertThat(header.getWidth()).isEqualTo(1500);
		assertThat(header.getHeight()).isEqualTo(500);
	}

	@Test
	void contentThatIsNoAcceptableImageIsAnInvalidArgumentAndNothingIsStored() {
		long account = newId();
		byte[] tooLarge = Arrays.copyOf(TestImages.jpeg(300, 200), 8 * 1024 * 1024 + 1);
		Map<String, Object> before = storedState();

		assertRefused(account, AVATAR, "This is not a picture.\n".getBytes(StandardCharsets.UTF_8),
				"Validation failed: Avatar file type is not supported");
		assertRefused(account, AVATAR, new byte[0], "Validation failed: Avatar file is empty");
		byte[] jpeg = TestImages.jpeg(300, 200);
		assertRefused(account, HEADER, TestImages.truncated(jpeg, jpeg.length / 2),
				"Validation failed: Header file is damaged or truncated");
		assertRefused(account, AVATAR, TestImages.pngHeader(100_000, 100_000),
				"Validation failed: Avatar image is too large: 100000x100000");
		assertRefused(account, HEADER, tooLarge, "Validation failed: Header file is too large (maximum is 8 MB)");

		assertThat(storedState()).isEqualTo(before);
		assertThat(rowsOf(account, "avatar") + rowsOf(account, "header")).isZero();
	}

	@Test
	void aRequestWithoutAccountOrKindIsAnInvalidArgument() {
		byte[] png = TestImages.png(50, 50);
		Map<String, Object> before = storedState();

		assertCode(Status.Code.INVALID_ARGUMENT, () -> store(0, AVATAR, png));
		assertCode(Status.Code.INVALID_ARGUMENT, () -> store(-3, AVATAR, png));
		assertCode(Status.Code.INVALID_ARGUMENT,
				() -> store(newId(), ProfileImageKind.PROFILE_IMAGE_KIND_UNSPECIFIED, png));
		assertCode(Status.Code.INVALID_ARGUMENT, () -> discard(0, AVATAR, ""));
		assertCode(Status.Code.INVALID_ARGUMENT,
				() -> discard(newId(), ProfileImageKind.PROFILE_IMAGE_KIND_UNSPECIFIED, ""));

		assertThat(storedState()).isEqualTo(before);
	}

	@Test
	void discardKeepsTheKeptImageAndDeletesOnlyTheAccountsOthersOfThatKind() {
		long account = newId();
		long other = newId();
		ProfileImage oldAvatar = store(account, AVATAR, TestImages.png(60, 60));
		ProfileImage currentAvatar = store(account, AVATAR, TestImages.png(70, 70));
		ProfileImage abandonedAvatar = store(account, AVATAR, TestImages.png(80, 80));
		ProfileImage header = store(account, HEADER, TestImages.png(300, 100));
		ProfileImage othersAvatar = store(other, AVATAR, TestImages.png(60, 60));
		storedAnHourAgo(oldAvatar, currentAvatar, abandonedAvatar, header, othersAvatar);
		// Stored moments ago by a concurrent update of the same account that has not
		// saved it yet: within the grace, so it stays.
		ProfileImage concurrentAvatar = store(account, AVATAR, TestImages.png(90, 90));

		int discarded = discard(account, AVATAR, currentAvatar.getUrl());

		assertThat(discarded).isEqualTo(2);
		eventually().untilAsserted(() -> {
			assertThat(get(oldAvatar.getUrl(), null).status()).isEqualTo(404);
			assertThat(get(abandonedAvatar.getUrl(), null).status()).isEqualTo(404);
			assertThat(storedFiles())
				.noneMatch((file) -> oldAvatar.getUrl().endsWith(file) || abandonedAvatar.getUrl().endsWith(file));
		});
		for (ProfileImage kept : new ProfileImage[] { currentAvatar, concurrentAvatar, header, othersAvatar }) {
			assertThat(get(kept.getUrl(), null).status()).isEqualTo(200);
		}
		assertThat(rowsOf(account, "avatar")).isEqualTo(2);
		assertThat(rowsOf(account, "header")).isEqualTo(1);
		assertThat(rowsOf(other, "avatar")).isEqualTo(1);
		assertThat(this.jdbc.sql("select count(*) from orphaned_files").query(Long.class).single()).isZero();

		assertThat(discard(account, AVATAR, currentAvatar.getUrl())).isZero();
		assertThat(discard(newId(), HEADER, "https://elsewhere.test/header.png")).isZero();
		assertThat(get(currentAvatar.getUrl(), null).status()).isEqualTo(200);
	}

	@Test
	void callsWithoutAServiceTokenAreRefused() {
		ManagedChannel channel = InProcessChannelBuilder.forName(GRPC_SERVER).build();
		try {
			assertCode(Status.Code.UNAUTHENTICATED,
					() -> ProfileImagesGrpc.newBlockingStub(channel)
						.storeProfileImage(StoreProfileImageRequest.newBuilder()
							.setAccountId(newId())
							.setKind(AVATAR)
							.setContent(ByteString.copyFrom(TestImages.png(10, 10)))
							.build()));
		}
		finally {
			channel.shutdownNow();
		}
	}

	private ProfileImage store(long account, ProfileImageKind kind, byte[] content) {
		return profileImagesGrpc().storeProfileImage(StoreProfileImageRequest.newBuilder()
			.setAccountId(account)
			.setKind(kind)
			.setContent(ByteString.copyFrom(content))
			.build());
	}

	private void storedAnHourAgo(ProfileImage... images) {
		for (ProfileImage image : images) {
			this.jdbc.sql("update profile_images set created_at = now() - interval '1 hour' where url = :url")
				.param("url", image.getUrl())
				.update();
		}
	}

	private int discard(long account, ProfileImageKind kind, String keepUrl) {
		return profileImagesGrpc()
			.discardProfileImages(DiscardProfileImagesRequest.newBuilder()
				.setAccountId(account)
				.setKind(kind)
				.setKeepUrl(keepUrl)
				.build())
			.getDiscarded();
	}

	private void assertRefused(long account, ProfileImageKind kind, byte[] content, String message) {
		assertThatExceptionOfType(StatusRuntimeException.class).isThrownBy(() -> store(account, kind, content))
			.satisfies((ex) -> {
				assertThat(ex.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
				assertThat(ex.getStatus().getDescription()).startsWith(message);
			});
	}

	private long rowsOf(long account, String kind) {
		return this.jdbc.sql("select count(*) from profile_images where account_id = :account and kind = :kind")
			.param("account", account)
			.param("kind", kind)
			.query(Long.class)
			.single();
	}

	private static void assertCode(Status.Code code, Runnable call) {
		assertThatExceptionOfType(StatusRuntimeException.class).isThrownBy(call::run)
			.satisfies((ex) -> assertThat(ex.getStatus().getCode()).isEqualTo(code));
	}

	/** A PNG of random pixels, which compresses to about its raw size. */
	private static byte[] noisePng(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Random random = new Random(42);
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				image.setRGB(x, y, random.nextInt(0x1000000));
			}
		}
		return TestImages.write(image, "png");
	}

	private static BufferedImage read(byte[] bytes) throws IOException {
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
		assertThat(image).isNotNull();
		return image;
	}

	/** Whether a JPEG has an APP1 (EXIF) segment before its image data. */
	private static boolean hasApp1Segment(byte[] jpeg) {
		int position = 2;
		while (position + 4 <= jpeg.length && (jpeg[position] & 0xff) == 0xff) {
			int marker = jpeg[position + 1] & 0xff;
			if (marker == 0xda) {
				return false;
			}
			if (marker == 0xe1) {
				return true;
			}
			position += 2 + (((jpeg[position + 2] & 0xff) << 8) | (jpeg[position + 3] & 0xff));
		}
		return false;
	}

}
