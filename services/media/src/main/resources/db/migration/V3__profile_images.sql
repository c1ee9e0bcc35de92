-- Avatars and headers stored for the users service (ProfileImages). Users keeps the URL on
-- the account; this table lets media delete an account's images it no longer uses. Each row
-- is one file under a key that is never reused.
create table profile_images (
    id          bigint      primary key,
    account_id  bigint      not null,
    kind        text        not null check (kind in ('avatar', 'header')),
    file_key    text        not null unique,
    -- the absolute URL handed out, which users sends back as the one to keep
    url         text        not null,
    width       integer     not null,
    height      integer     not null,
    created_at  timestamptz not null default now()
);

-- An account's images of one kind (DiscardProfileImages).
create index profile_images_account_kind on profile_images (account_id, kind);
