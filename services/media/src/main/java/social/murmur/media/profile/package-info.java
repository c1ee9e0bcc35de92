/**
 * Avatars and headers: profile images checked, cropped, scaled and stored for the users
 * service, and deleted once an account no longer uses them.
 */
@NullMarked
package social.murmur.media.profile;

import org.jspecify.annotations.NullMarked;
