-- Media attachments: one row per upload. The files are in the media storage under the keys
-- below, which are null while the upload is still being processed.
create table media_attachments (
    id             bigint           primary key,
    account_id     bigint           not null,
    status_id      bigint,
    -- 'processing' until the files are stored, then 'ready'; 'failed' when processing failed
    state          text             not null check (state in ('processing', 'ready', 'failed')),
    description    text             not null default '',
    focus_x        double precision not null default 0 check (focus_x between -1 and 1),
    focus_y        double precision not null default 0 check (focus_y between -1 and 1),
    original_key   text,
    small_key      text,
    width          integer,
    height         integer,
    small_width    integer,
    small_height   integer,
    blurhash       text,
    -- the order of the attachment among its status's attachments
    position       smallint,
    created_at     timestamptz      not null default now(),
    attached_at    timestamptz
);

-- A status's attachments (StatusDeleted).
create index media_attachments_status on media_attachments (status_id) where status_id is not null;
-- Unattached uploads by age (the purge of those never attached).
create index media_attachments_unattached on media_attachments (created_at) where status_id is null;

-- Files whose rows are gone and which are still to be deleted from the storage. Written in
-- the transaction that deletes the rows, so a file is never forgotten when the storage is
-- down; emptied by the sweeper.
create table orphaned_files (
    file_key   text        primary key,
    created_at timestamptz not null default now()
);
