-- Profiles. The id comes from auth, which creates the credentials first and then the profile.
-- The note is kept as the plain text the owner wrote; its HTML is made when it is read.
create table accounts (
    id           bigint      primary key,
    username     text        not null,
    display_name text        not null default '',
    note         text        not null default '',
    locked       boolean     not null default false,
    bot          boolean     not null default false,
    discoverable boolean     not null default true,
    language     text,
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now()
);

-- Usernames are unique whatever their case, as in Mastodon: "Alice" and "alice" are one name.
create unique index accounts_username_key on accounts (lower(username));

-- Counters live apart from the profile: they change on every follow and post, the profile rarely,
-- so updates to one do not rewrite (and bloat) the other.
create table account_stats (
    account_id      bigint      primary key references accounts (id) on delete cascade,
    followers_count bigint      not null default 0 check (followers_count >= 0),
    following_count bigint      not null default 0 check (following_count >= 0),
    statuses_count  bigint      not null default 0 check (statuses_count >= 0),
    last_status_at  timestamptz
);

-- Who follows whom. The id is time-ordered and is the paging cursor of the follower and following
-- lists, which show the newest follows first.
create table follows (
    id           bigint      primary key,
    follower_id  bigint      not null references accounts (id) on delete cascade,
    followee_id  bigint      not null references accounts (id) on delete cascade,
    notify       boolean     not null default false,
    show_reblogs boolean     not null default true,
    -- null: statuses in every language
    languages    text[],
    created_at   timestamptz not null default now(),
    constraint follows_pair_key unique (follower_id, followee_id),
    constraint follows_not_self check (follower_id <> followee_id)
);

-- "Following" pages of an account (the pair key cannot serve them: they are ordered by follow id).
create index follows_follower_idx on follows (follower_id, id);
-- "Followers" pages of an account.
create index follows_followee_idx on follows (followee_id, id);
-- Fan-out reads every follower of an account in follower id order, and often only those who asked
-- to be notified.
create index follows_followee_follower_idx on follows (followee_id, follower_id);
create index follows_notify_idx on follows (followee_id, follower_id) where notify;
