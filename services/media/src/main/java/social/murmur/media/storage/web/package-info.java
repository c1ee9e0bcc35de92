/**
 * Serves stored files under /system/media_attachments when the media service is their web
 * server.
 */
@NullMarked
package social.murmur.media.storage.web;

import org.jspecify.annotations.NullMarked;
