-- 0005: when the ledger file last passed SQLite's integrity check. The desktop app checks at every
-- start; the command line, which an ERP may start once per invoice, checks at most once a day,
-- since a check reads the whole file (seconds for a year's ledger). Kept in the file itself so
-- that a restored or copied ledger brings its own history rather than borrowing another's.
CREATE TABLE integrity_checks (
  id      INTEGER PRIMARY KEY,
  at      TEXT NOT NULL,
  kind    TEXT NOT NULL CHECK (kind IN ('integrity_check', 'quick_check')),
  result  TEXT NOT NULL
);
