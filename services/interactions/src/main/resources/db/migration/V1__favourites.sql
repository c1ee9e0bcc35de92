-- One row per like. The id (Snowflake, time-ordered) is the paging cursor of both
-- GET /api/v1/statuses/:id/favourited_by and GET /api/v1/favourites.
create table favourites (
    id               bigint      primary key,
    account_id       bigint      not null,
    status_id        bigint      not null,
    status_author_id bigint      not null,
    created_at       timestamptz not null default now()
);

-- At most one like per account and status; also answers "which of these statuses did the
-- viewer like" and the viewer's favourites page (account_id, id desc) without a sort.
create unique index favourites_once on favourites (account_id, status_id);
create index favourites_by_account on favourites (account_id, id desc);

-- Who liked a status, newest first, and forgetting a deleted status's likes.
create index favourites_by_status on favourites (status_id, id desc);

-- favourites_count per status, changed in the transaction that adds or removes a like, so a
-- count is one primary-key read however popular the status (see the README).
create table status_favourite_counts (
    status_id        bigint primary key,
    favourites_count bigint not null check (favourites_count >= 0)
);

-- Statuses whose StatusDeleted has been applied: a like that raced with the deletion is
-- refused instead of outliving its status.
create table deleted_statuses (
    status_id  bigint      primary key,
    deleted_at timestamptz not null default now()
);
