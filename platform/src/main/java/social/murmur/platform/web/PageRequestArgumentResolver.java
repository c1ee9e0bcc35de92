package social.murmur.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Reads {@code max_id}, {@code since_id}, {@code min_id} and {@code limit} into a
 * {@link PageRequest}. Mastodon clamps a limit that is too large instead of refusing it,
 * and so do we; an id that is not a number is a 400.
 */
public class PageRequestArgumentResolver implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == PageRequest.class;
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, @Nullable WebDataBinderFactory binderFactory) {
		HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
		Paging paging = parameter.getParameterAnnotation(Paging.class);
		int defaultLimit = (paging != null) ? paging.defaultLimit() : 20;
		int maxLimit = (paging != null) ? paging.maxLimit() : 40;
		Long limit = id(request, "limit");
		int clamped = (limit == null || limit < 1) ? defaultLimit : (int) Math.min(limit, maxLimit);
		return new PageRequest(id(request, "max_id"), id(request, "since_id"), id(request, "min_id"), clamped);
	}

	private static @Nullable Long id(@Nullable HttpServletRequest request, String name) {
		String value = (request != null) ? request.getParameter(name) : null;
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Long.parseLong(value.trim());
		}
		catch (NumberFormatException ex) {
			throw new ApiException(400, "Invalid value for " + name + ": " + value);
		}
	}

}
