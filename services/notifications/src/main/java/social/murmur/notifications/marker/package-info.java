/**
 * Read markers: how far each account has read its home timeline and its notifications, so
 * that another device of the same person can carry on from there.
 */
@NullMarked
package social.murmur.notifications.marker;

import org.jspecify.annotations.NullMarked;
