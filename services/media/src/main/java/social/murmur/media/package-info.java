/**
 * The media service application: media attachments of statuses, their files and variants.
 */
@NullMarked
package social.murmur.media;

import org.jspecify.annotations.NullMarked;
