/**
 * The Mastodon follow endpoints: follow, unfollow, relationships, followers and
 * following.
 */
@NullMarked
package social.murmur.users.follow.web;

import org.jspecify.annotations.NullMarked;
