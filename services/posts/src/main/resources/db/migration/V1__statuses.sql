-- Statuses are soft-deleted (deleted_at) so that a delete can answer with the source text and
-- replies keep a stable in_reply_to_id. Every read path filters on deleted_at is null, which is
-- also the predicate of the partial indexes below.
create table statuses (
    id                     bigint      primary key,
    account_id             bigint      not null,
    text                   text        not null,
    content                text        not null,
    spoiler_text           text        not null default '',
    sensitive              boolean     not null default false,
    visibility             text        not null check (visibility in ('public', 'unlisted', 'private', 'direct')),
    language               text,
    in_reply_to_id         bigint,
    in_reply_to_account_id bigint,
    replies_count          integer     not null default 0 check (replies_count >= 0),
    created_at             timestamptz not null,
    deleted_at             timestamptz,
    check ((in_reply_to_id is null) = (in_reply_to_account_id is null))
);

-- An account's statuses, newest first; also serves ListStatusIdsByAuthors, one author at a time.
create index statuses_by_account on statuses (account_id, id desc) where deleted_at is null;

-- The public timeline: public statuses that are not replies to someone else. The query repeats
-- this predicate word for word so that the planner can use the index.
create index statuses_public_timeline on statuses (id desc)
    where visibility = 'public' and deleted_at is null
      and (in_reply_to_account_id is null or in_reply_to_account_id = account_id);

-- Threads: the replies to a status.
create index statuses_replies on statuses (in_reply_to_id, id) where in_reply_to_id is not null;

-- Accounts mentioned by a status, resolved when it was written. ordinal keeps the order of the
-- text.
create table status_mentions (
    status_id  bigint   not null references statuses (id),
    account_id bigint   not null,
    username   text     not null,
    ordinal    smallint not null,
    primary key (status_id, account_id)
);

-- "Statuses that mention me" for visibility checks of private and direct statuses.
create index status_mentions_by_account on status_mentions (account_id, status_id);

-- Hashtags of a status, normalized to lower case.
create table status_tags (
    status_id bigint   not null references statuses (id),
    name      text     not null,
    ordinal   smallint not null,
    primary key (status_id, name)
);

-- The tag timeline: a tag's statuses, newest first.
create index status_tags_by_name on status_tags (name, status_id desc);

-- Idempotency-Key headers seen in the last hour, per account. The key is stored as a SHA-256
-- digest, so clients may send keys of any length.
create table idempotency_keys (
    account_id bigint      not null,
    key_digest bytea       not null,
    status_id  bigint      not null,
    created_at timestamptz not null default now(),
    primary key (account_id, key_digest)
);
