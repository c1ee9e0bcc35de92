/** Tests of the Attachments gRPC API. */
@NullMarked
package social.murmur.media.attachment.grpc;

import org.jspecify.annotations.NullMarked;
