/** The sign-up endpoint, with Mastodon's validation error details. */
@NullMarked
package social.murmur.auth.account.web;

import org.jspecify.annotations.NullMarked;
