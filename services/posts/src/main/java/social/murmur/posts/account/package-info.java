/**
 * Accounts and follow relations as the users service knows them, read over gRPC and
 * cached briefly.
 */
@NullMarked
package social.murmur.posts.account;

import org.jspecify.annotations.NullMarked;
