package social.murmur.users.instance;

/**
 * How much the server is used.
 *
 * @param users accounts in total
 * @param activeMonth accounts active in the last 30 days
 * @param activeHalfYear accounts active in the last 180 days
 * @param statuses statuses by local accounts
 */
public record Usage(long users, long activeMonth, long activeHalfYear, long statuses) {

}
