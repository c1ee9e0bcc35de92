/**
 * Web concerns shared by every feature of the service: scopes, flags and error mapping.
 */
@NullMarked
package social.murmur.users.web;

import org.jspecify.annotations.NullMarked;
