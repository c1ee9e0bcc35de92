-- The revision of a status's favourites_count: one more with every change of the count, in
-- the same UPDATE, so that the count cached in Redis can tell a newer value from an older one
-- (a cache write only ever replaces a lower revision; see the README). A status never liked
-- has no row and counts as 0 at revision 0; every existing row was changed at least once, so
-- it starts at 1.
alter table status_favourite_counts add column revision bigint not null default 1;
alter table status_favourite_counts alter column revision drop default;
