-- 0004: find an invoice's IRP requests without reading the whole outbox. The partial unique index
-- of 0001 covers open requests only and cannot serve "every request of this invoice" or a
-- "not done and not failed" test, which the invoice screens and the CLI ask for every document.
CREATE INDEX outbox_by_invoice ON outbox (invoice_id, kind);
