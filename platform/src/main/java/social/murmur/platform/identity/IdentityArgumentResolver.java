package social.murmur.platform.identity;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import social.murmur.platform.web.ApiException;

/**
 * Resolves controller parameters of type {@link Identity} (401 when nobody is signed in)
 * and {@code Optional<Identity>} (for endpoints that anyone may call).
 */
public class IdentityArgumentResolver implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == Identity.class || (parameter.getParameterType() == Optional.class
				&& parameter.nested().getNestedParameterType() == Identity.class);
	}

	@Override
	public @Nullable Object resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, @Nullable WebDataBinderFactory binderFactory) {
		HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
		Identity identity = (request != null) ? IdentityFilter.identityOf(request) : null;
		if (parameter.getParameterType() == Optional.class) {
			return Optional.ofNullable(identity);
		}
		if (identity == null) {
			throw new ApiException(401, "The access token is invalid");
		}
		return identity;
	}

}
