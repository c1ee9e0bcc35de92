/** What this server says about itself: its settings and its usage figures. */
@NullMarked
package social.murmur.users.instance;

import org.jspecify.annotations.NullMarked;
