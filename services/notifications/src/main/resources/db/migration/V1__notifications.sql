-- Each account's notifications: who did what (type), and about which status when there is one.
create table notifications (
    id              bigint      primary key,
    account_id      bigint      not null,
    type            text        not null,
    from_account_id bigint      not null,
    status_id       bigint,
    created_at      timestamptz not null default now()
);

-- One notification per recipient, kind, actor and status: a redelivered event inserts nothing
-- (every consumer inserts with "on conflict do nothing").
create unique index notifications_once
    on notifications (account_id, type, from_account_id, coalesce(status_id, 0));

-- Reading an account's notifications newest first, paged by id.
create index notifications_by_account on notifications (account_id, id desc);

-- Forgetting every notification about a deleted status.
create index notifications_by_status on notifications (status_id) where status_id is not null;

-- Statuses whose StatusDeleted has been applied. StatusPublished arrives on another topic and may
-- be applied later; it checks here after inserting so that no notification outlives its status.
create table deleted_statuses (
    status_id  bigint      primary key,
    deleted_at timestamptz not null default now()
);
