package social.murmur.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a request's parameters to a record the way Mastodon (Rails) reads them: from a
 * JSON body, or from form-urlencoded or multipart fields and the query string alike. Form
 * names with brackets are understood: {@code media_ids[]=1&media_ids[]=2} is a list and
 * {@code source[note]=x} a nested object. Names are snake_case, as in the Mastodon docs.
 * The result is validated (Bean Validation) and a violation is a 422.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface MastodonParams {

}
