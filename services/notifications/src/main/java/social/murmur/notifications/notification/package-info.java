/**
 * Each account's notifications: what creates them (follows, mentions and replies, likes,
 * new posts of accounts one asked to hear about), how they are stored, read, dismissed
 * and forgotten.
 */
@NullMarked
package social.murmur.notifications.notification;

import org.jspecify.annotations.NullMarked;
