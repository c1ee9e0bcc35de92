-- Mastodon's read markers: how far an account has read its home timeline and its notifications
-- (docs.joinmastodon.org/methods/markers). version counts the changes, as Mastodon's lock_version.
create table markers (
    account_id   bigint      not null,
    timeline     text        not null,
    last_read_id bigint      not null,
    version      integer     not null default 0,
    updated_at   timestamptz not null default now(),
    primary key (account_id, timeline)
);
