-- 0002: indexes for the invoice register's filters and sort orders, and for the dashboard.
-- The register lists one GSTIN's documents, newest first, often filtered by status.
CREATE INDEX invoices_by_business_date ON invoices (business_gstin, doc_date_iso DESC, id DESC);
CREATE INDEX invoices_by_business_status ON invoices (business_gstin, status, doc_date_iso DESC);
CREATE INDEX invoices_by_party ON invoices (party_id);
-- Dashboard: IRNs acknowledged today, and those still inside the 24-hour cancel window.
CREATE INDEX irn_records_by_ack_at ON irn_records (ack_at);
CREATE INDEX ewaybills_by_invoice ON ewaybills (invoice_id);
CREATE INDEX parties_by_business_name ON parties (business_gstin, legal_name COLLATE NOCASE);
CREATE INDEX items_by_business_description ON items (business_gstin, description COLLATE NOCASE);
