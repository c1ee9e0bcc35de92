package social.murmur.notifications.notification.web;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import social.murmur.notifications.notification.NotificationFilter;
import social.murmur.platform.web.ApiException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class NotificationFilterParamsTest {

	@Test
	void noParametersSelectEverything() {
		assertThat(NotificationFilterParams.from(new MockHttpServletRequest())).isEqualTo(NotificationFilter.NONE);
	}

	@Test
	void readsBracketedArrays() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.addParameter("types[]", "mention", "status");
		request.addParameter("exclude_types[]", "follow");

		NotificationFilter filter = NotificationFilterParams.from(request);

		assertThat(filter.types()).containsExactlyInAnyOrder("mention", "status");
		assertThat(filter.excludedTypes()).containsExactly("follow");
		assertThat(filter.fromAccountId()).isNull();
	}

	@Test
	void acceptsArraysWithoutBrackets() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.addParameter("types", "follow");
		request.addParameter("types[]", "mention");
		request.addParameter("exclude_types", "status");

		NotificationFilter filter = NotificationFilterParams.from(request);

		assertThat(filter.types()).containsExactlyInAnyOrder("follow", "mention");
		assertThat(filter.excludedTypes()).containsExactly("status");
	}

	@Test
	void blankTypesAreIgnored() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.addParameter("types[]", "", "  ");
		request.addParameter("exclude_types[]", "");

		assertThat(NotificationFilterParams.from(request)).isEqualTo(NotificationFilter.NONE);
	}

	@Test
	void unknownTypesAreKeptSoThatTheyMatchNothing() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.addParameter("types[]", "admin.sign_up");

		assertThat(NotificationFilterParams.from(request).types()).containsExactly("admin.sign_up");
	}

	@Test
	void readsTheAccountFilter() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.addParameter("account_id", " 42 ");

		assertThat(NotificationFilterParams.from(request).fromAccountId()).isEqualTo(42L);
	}

	@Test
	void rejectsAnAccountFilterThatIsNotAnId() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.addParameter("account_id", "bob");

		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> NotificationFilterParams.from(request))
			.satisfies((ex) -> assertThat(ex.status()).isEqualTo(400))
			.withMessage("Invalid value for account_id: bob");
	}

}
