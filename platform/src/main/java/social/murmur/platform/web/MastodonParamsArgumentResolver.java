package social.murmur.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

/** Resolves {@link MastodonParams} parameters. */
public class MastodonParamsArgumentResolver implements HandlerMethodArgumentResolver {

	private final JsonMapper json;

	private final Validator validator;

	public MastodonParamsArgumentResolver(JsonMapper json, Validator validator) {
		this.json = json.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
		this.validator = validator;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.hasParameterAnnotation(MastodonParams.class);
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, @Nullable WebDataBinderFactory binderFactory) throws IOException {
		HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
		if (request == null) {
			throw new IllegalStateException("MastodonParams needs a servlet request");
		}
		JavaType type = this.json.constructType(parameter.getGenericParameterType());
		Object value;
		try {
			value = isJson(request) ? readJson(request, type) : this.json.convertValue(formFields(request), type);
		}
		catch (JacksonException ex) {
			throw new ApiException(
					isJson(request) && !(ex instanceof tools.jackson.databind.DatabindException) ? 400 : 422,
					isJson(request) ? "Error occurred while parsing request parameters"
							: "Validation failed: " + ex.getOriginalMessage());
		}
		catch (IllegalArgumentException ex) {
			throw new ApiException(422, "Validation failed: " + ex.getMessage());
		}
		Set<ConstraintViolation<Object>> violations = this.validator.validate(value);
		if (!violations.isEmpty()) {
			throw new ConstraintViolationException(violations);
		}
		return value;
	}

	private Object readJson(HttpServletRequest request, JavaType type) throws IOException {
		PushbackInputStream body = new PushbackInputStream(request.getInputStream(), 1);
		int first = body.read();
		if (first == -1) {
			return this.json.convertValue(Map.of(), type);
		}
		body.unread(first);
		try (InputStream in = body) {
			return this.json.readValue(in, type);
		}
	}

	private static boolean isJson(HttpServletRequest request) {
		String contentType = request.getContentType();
		if (contentType == null) {
			return false;
		}
		try {
			MediaType mediaType = MediaType.parseMediaType(contentType);
			return mediaType.isCompatibleWith(MediaType.APPLICATION_JSON) || mediaType.getSubtype().endsWith("+json");
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	/**
	 * Form fields as a tree: {@code a[]} collects into a list, {@code a[b]} nests, a
	 * repeated plain name keeps its last value, as Rails does.
	 */
	static Map<String, Object> formFields(HttpServletRequest request) {
		Map<String, Object> fields = new LinkedHashMap<>();
		request.getParameterMap().forEach((name, values) -> put(fields, name, values));
		return fields;
	}

	@SuppressWarnings("unchecked")
	static void put(Map<String, Object> fields, String name, String[] values) {
		int bracket = name.indexOf('[');
		if (bracket <= 0) {
			fields.put(name, values[values.length - 1]);
			return;
		}
		String head = name.substring(0, bracket);
		String rest = name.substring(bracket);
		if (rest.equals("[]")) {
			List<Object> list = (fields.get(head) instanceof List<?> existing) ? (List<Object>) existing
					: new ArrayList<>();
			list.addAll(List.of(values));
			fields.put(head, list);
			return;
		}
		int close = rest.indexOf(']');
		if (close < 0) {
			fields.put(name, values[values.length - 1]);
			return;
		}
		String key = rest.substring(1, close);
		String tail = rest.substring(close + 1);
		Map<String, Object> nested = (fields.get(head) instanceof Map<?, ?> existing) ? (Map<String, Object>) existing
				: new LinkedHashMap<>();
		fields.put(head, nested);
		put(nested, tail.isEmpty() ? key : key + tail, values);
	}

}
