package social.murmur.posts.status.web;

import java.util.List;

import social.murmur.contracts.mastodon.Status;

/**
 * The Mastodon {@code Context} entity: the statuses above and below one in its thread.
 *
 * @param ancestors oldest first
 * @param descendants depth first
 */
record Context(List<Status> ancestors, List<Status> descendants) {
}
