/**
 * The web client: the built single-page app from the {@code web} module, served at the
 * root with an {@code index.html} fallback for its client-side routes.
 */
@NullMarked
package social.murmur.gateway.webclient;

import org.jspecify.annotations.NullMarked;
