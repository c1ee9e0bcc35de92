-- Events waiting to be published to Kafka, written in the same transaction as the change they
-- describe, deleted once Kafka has acknowledged them.
create table outbox_events (
    id          bigserial   primary key,
    topic       text        not null,
    message_key text        not null,
    event_type  text        not null,
    payload     bytea       not null,
    created_at  timestamptz not null default now()
);

-- Events a consumer has already applied, so that a redelivered event changes nothing.
create table processed_events (
    consumer     text        not null,
    event_id     bigint      not null,
    processed_at timestamptz not null default now(),
    primary key (consumer, event_id)
);
