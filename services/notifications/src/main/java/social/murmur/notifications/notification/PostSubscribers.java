package social.murmur.notifications.notification;

import java.util.List;

/**
 * The followers of an account who asked to be notified when it posts (a follow with
 * {@code notify=true}). The follow graph belongs to the users service.
 */
public interface PostSubscribers {

	/**
	 * One page of subscribers in ascending id order.
	 * @param authorId the account posting
	 * @param afterId exclusive lower bound on subscriber id; zero for the first page
	 * @param limit the most ids to return
	 */
	Page page(long authorId, long afterId, int limit);

	/**
	 * @param accountIds subscribers on this page
	 * @param nextAfterId where the next page starts, zero when this is the last page
	 */
	record Page(List<Long> accountIds, long nextAfterId) {

		public Page {
			accountIds = List.copyOf(accountIds);
		}

	}

}
