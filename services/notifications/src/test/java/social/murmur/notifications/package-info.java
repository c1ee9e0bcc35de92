/** Tests that span the whole service, such as its architecture rules. */
@NullMarked
package social.murmur.notifications;

import org.jspecify.annotations.NullMarked;
