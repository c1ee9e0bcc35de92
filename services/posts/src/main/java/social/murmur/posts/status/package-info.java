/** Statuses: publishing, reading, deleting, and who may see which. */
@NullMarked
package social.murmur.posts.status;

import org.jspecify.annotations.NullMarked;
