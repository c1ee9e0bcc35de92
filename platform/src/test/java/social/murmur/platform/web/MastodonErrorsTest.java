package social.murmur.platform.web;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

class MastodonErrorsTest {

	private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Failing())
		.setControllerAdvice(new MastodonErrors())
		.build();

	@Test
	void fieldNamesAreWordedAsRailsWordsThem() {
		assertThat(MastodonErrors.humanize("displayName")).isEqualTo("Display name");
		assertThat(MastodonErrors.humanize("display_name")).isEqualTo("Display name");
		assertThat(MastodonErrors.humanize("status")).isEqualTo("Status");
	}

	@Test
	void answersAFaultOfOursWith500AndAJsonError() throws Exception {
		var response = this.mvc.perform(get("/fault")).andReturn().getResponse();

		assertThat(response.getStatus()).isEqualTo(500);
		assertThat(response.getContentAsString()).isEqualTo("{\"error\":\"An unexpected error occurred\"}");
	}

	@Test
	void writesNothingMoreToAClientThatWentAway() throws Exception {
		var response = this.mvc.perform(get("/gone")).andReturn().getResponse();

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString()).isEmpty();
	}

	@RestController
	static class Failing {

		@GetMapping("/fault")
		String fault() {
			throw new IllegalStateException("a bug");
		}

		@GetMapping("/gone")
		String gone() throws AsyncRequestNotUsableException {
			throw new AsyncRequestNotUsableException("ServletOutputStream failed to write: Broken pipe");
		}

	}

}
