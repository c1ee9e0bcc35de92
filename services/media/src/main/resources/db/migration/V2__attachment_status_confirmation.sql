-- Posts attaches uploads to a status id (AttachToStatus) before it stores the status in its
-- own transaction; if posts fails in between, the uploads stay attached to an id that no
-- status has. The sweep asks posts about statuses attached more than a grace period ago
-- and either confirms them here (so they are never asked about again) or deletes the
-- attachments. Rows attached before this migration are left unconfirmed on purpose: they may
-- include exactly such stranded attachments, and checking them costs one GetStatuses call
-- per hundred rows, once.
alter table media_attachments add column status_confirmed_at timestamptz;

-- Attachments whose status is still to be confirmed, by the time they were attached.
create index media_attachments_unconfirmed on media_attachments (attached_at)
    where status_id is not null and status_confirmed_at is null;
