-- OAuth applications. The client secret is kept only as a SHA-256 digest: it is shown once, at
-- registration, and compared by digest afterwards.
create table applications (
    id                   bigint      primary key,
    name                 text        not null,
    website              text,
    -- One or more URIs, newline separated, as Mastodon stores them.
    redirect_uris        text        not null,
    scopes               text        not null,
    client_id            text        not null unique,
    client_secret_digest bytea       not null,
    created_at           timestamptz not null
);

-- How local accounts sign in. account_id is the account's id in every service.
create table credentials (
    account_id     bigint      primary key,
    username       text        not null,
    email          text        not null,
    password_hash  text        not null,
    locale         text        not null,
    reason         text,
    -- The application the account signed up through.
    application_id bigint      not null references applications (id),
    created_at     timestamptz not null
);

-- Usernames and e-mail addresses are unique regardless of case; sign-in looks them up the same way.
create unique index credentials_username_key on credentials (lower(username));
create unique index credentials_email_key on credentials (lower(email));

-- Bearer tokens, found by the SHA-256 digest of their value; the value itself is never stored.
create table access_tokens (
    id             bigint      primary key,
    token_digest   bytea       not null unique,
    application_id bigint      not null references applications (id),
    -- Null for an application token (client credentials).
    account_id     bigint      references credentials (account_id),
    scopes         text        not null,
    created_at     timestamptz not null,
    -- Null when the token lives until revoked.
    expires_at     timestamptz,
    revoked_at     timestamptz
);

create index access_tokens_account_id on access_tokens (account_id);

-- Single-use authorization codes of the authorization code flow, also kept as digests.
create table authorization_codes (
    id                    bigint      primary key,
    code_digest           bytea       not null unique,
    application_id        bigint      not null references applications (id),
    account_id            bigint      not null references credentials (account_id),
    redirect_uri          text        not null,
    scopes                text        not null,
    code_challenge        text,
    code_challenge_method text,
    created_at            timestamptz not null,
    expires_at            timestamptz not null,
    redeemed_at           timestamptz
);

create index authorization_codes_expires_at on authorization_codes (expires_at);
