/**
 * Profiles and their counters: creating accounts, editing profiles, counting statuses.
 */
@NullMarked
package social.murmur.users.account;

import org.jspecify.annotations.NullMarked;
