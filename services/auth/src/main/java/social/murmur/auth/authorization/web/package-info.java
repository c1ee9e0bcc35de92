/** The HTML authorization page of the authorization code flow. */
@NullMarked
package social.murmur.auth.authorization.web;

import org.jspecify.annotations.NullMarked;
