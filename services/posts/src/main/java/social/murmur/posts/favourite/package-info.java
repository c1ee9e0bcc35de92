/**
 * Like counts and the viewer's likes, which the interactions service owns, asked once per
 * rendered page.
 */
@NullMarked
package social.murmur.posts.favourite;

import org.jspecify.annotations.NullMarked;
