/** Media attachments: upload, processing, attachment to statuses and clean-up. */
@NullMarked
package social.murmur.media.attachment;

import org.jspecify.annotations.NullMarked;
