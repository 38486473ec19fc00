-- 0006: which process claimed an in-flight request. After a crash, the app takes back at once the
-- requests of a process that no longer runs, instead of waiting out the lease it keeps for a
-- process that may still be sending (the desktop app and the command can share one ledger).
ALTER TABLE outbox ADD COLUMN claimed_by_pid INTEGER;
