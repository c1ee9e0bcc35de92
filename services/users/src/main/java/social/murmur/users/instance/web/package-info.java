/** The instance description endpoints: Mastodon's v1 and v2 instance and NodeInfo. */
@NullMarked
package social.murmur.users.instance.web;

import org.jspecify.annotations.NullMarked;
