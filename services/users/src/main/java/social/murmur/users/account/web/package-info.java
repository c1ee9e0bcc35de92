/** The Mastodon account endpoints: profiles, credentials and lookup. */
@NullMarked
package social.murmur.users.account.web;

import org.jspecify.annotations.NullMarked;
