/**
 * The gateway: Murmur's single public entry point, which routes requests to the services,
 * turns client tokens into signed internal identities, rate-limits and answers CORS.
 */
@NullMarked
package social.murmur.gateway;

import org.jspecify.annotations.NullMarked;
