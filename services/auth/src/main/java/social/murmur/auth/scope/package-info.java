/** OAuth scopes: which ones exist, and how sets of them compare. */
@NullMarked
package social.murmur.auth.scope;

import org.jspecify.annotations.NullMarked;
