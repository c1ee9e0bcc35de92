/**
 * The services the feed is computed from: the follow graph (users) and statuses (posts),
 * over gRPC.
 */
@NullMarked
package social.murmur.feed.source;

import org.jspecify.annotations.NullMarked;
