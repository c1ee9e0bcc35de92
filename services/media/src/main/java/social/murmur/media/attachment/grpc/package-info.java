/**
 * gRPC adapters of attachments: the Attachments service for posts, and the client asking
 * posts which statuses exist.
 */
@NullMarked
package social.murmur.media.attachment.grpc;

import org.jspecify.annotations.NullMarked;
