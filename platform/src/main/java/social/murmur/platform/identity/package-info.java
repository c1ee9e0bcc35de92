/**
 * Who is calling. The gateway turns a client's opaque bearer token into a short-lived
 * signed internal token; every service verifies that signature itself and trusts no
 * unsigned header.
 */
@NullMarked
package social.murmur.platform.identity;

import org.jspecify.annotations.NullMarked;
