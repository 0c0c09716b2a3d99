-- Keys the service signs with (the forms' CSRF tokens), made once per store so that every
-- instance and every restart agree. Private: never in any answer.
CREATE TABLE secrets (
    name  TEXT PRIMARY KEY,
    value BLOB NOT NULL
) STRICT;
