package social.murmur.users.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ProfileImageUploadTest {

	@Test
	void acceptsFilesUpToEightMegabytes() {
		assertThat(new ProfileImageUpload(ProfileImageKind.AVATAR, new byte[1]).content()).hasSize(1);
		assertThat(new ProfileImageUpload(ProfileImageKind.HEADER, new byte[8 * 1024 * 1024]).content())
			.hasSize(8_388_608);
	}

	@Test
	void refusesAFileOverEightMegabytesNamingTheImage() {
		assertThatExceptionOfType(InvalidProfile.class)
			.isThrownBy(() -> new ProfileImageUpload(ProfileImageKind.HEADER, new byte[8 * 1024 * 1024 + 1]))
			.withMessage("Header file size must be less than 8 MB");
		assertThatExceptionOfType(InvalidProfile.class)
			.isThrownBy(() -> ProfileImageUpload.checkSize(ProfileImageKind.AVATAR, 40L * 1024 * 1024))
			.withMessage("Avatar file size must be less than 8 MB");
	}

	@Test
	void refusesAnEmptyFile() {
		assertThatExceptionOfType(InvalidProfile.class)
			.isThrownBy(() -> new ProfileImageUpload(ProfileImageKind.AVATAR, new byte[0]))
			.withMessage("Avatar file is empty");
	}

}
