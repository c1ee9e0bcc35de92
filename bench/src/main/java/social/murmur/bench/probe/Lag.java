package social.murmur.bench.probe;

import social.murmur.bench.measure.LatencySummary;

/**
 * How long statuses took to reach the home timelines of their author's followers.
 *
 * @param method how presence was checked
 * @param followers followers of the author
 * @param watched how many timelines were watched per status
 * @param posts how many statuses were posted
 * @param lag milliseconds from each post's acknowledgement until it was in every watched
 * timeline (Redis) or in each watched timeline (API, one sample per viewer)
 * @param timeouts samples that never arrived within the timeout (left out of the lag)
 */
public record Lag(String method, int followers, int watched, int posts, LatencySummary lag, int timeouts) {
}
