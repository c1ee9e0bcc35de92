-- The media attachments of a status as the media service answered AttachToStatus: the
-- murmur.media.v1.MediaAttachment protobuf bytes, in the author's order (position from 0).
-- An attachment no longer changes once attached, so this copy is what every rendering shows
-- without asking media; the statuses query reads them as an array, one query per page.
create table status_media_attachments (
    status_id  bigint   not null references statuses (id),
    position   smallint not null check (position between 0 and 3),
    attachment bytea    not null,
    primary key (status_id, position)
);
