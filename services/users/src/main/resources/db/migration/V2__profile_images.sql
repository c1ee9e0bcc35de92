-- Avatar and header: the absolute URLs of the images media stored for the account. Null means none,
-- and Mastodon's default images are shown (their URLs come from the public address, so they are not
-- stored).
alter table accounts add column avatar_url text;
alter table accounts add column header_url text;
