/**
 * Media attachments as the media service hands them over when they are attached to a new
 * status, over gRPC.
 */
@NullMarked
package social.murmur.posts.media;

import org.jspecify.annotations.NullMarked;
