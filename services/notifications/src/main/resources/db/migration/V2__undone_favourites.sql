-- The latest StatusUnfavourited applied per like (who, which status). StatusFavourited arrives on
-- another topic and may be applied after the unlike that followed it (after an outage, say): a
-- favourite that happened no later than the recorded unlike notifies nobody, and one applied
-- meanwhile is removed again, so an undone like never leaves a notification behind.
create table undone_favourites (
    account_id bigint not null,
    status_id  bigint not null,
    -- occurred_at of the latest StatusUnfavourited, epoch milliseconds
    undone_at  bigint not null,
    primary key (account_id, status_id)
);
