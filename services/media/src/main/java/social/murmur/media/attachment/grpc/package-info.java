/** The Attachments gRPC API that posts calls to attach media to statuses. */
@NullMarked
package social.murmur.media.attachment.grpc;

import org.jspecify.annotations.NullMarked;
