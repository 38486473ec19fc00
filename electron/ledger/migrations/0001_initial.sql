-- 0001: the first ledger schema.
-- Conventions: money in INTEGER paise; quantities, unit prices and rates in integer thousandths
-- (rates are thousandths of a percent: 18 % = 18000); instants as ISO-8601 UTC text from
-- Date.toISOString() (fixed width, so text order is time order); document dates as the IRP's
-- dd/mm/yyyy plus a sortable yyyy-mm-dd copy. STRICT tables refuse values of the wrong type,
-- and CHECK constraints refuse values no code path should ever write.
-- Append-only: never edit this file once released; add 0002_..., 0003_... instead.

CREATE TABLE businesses (
  gstin        TEXT PRIMARY KEY CHECK (length(gstin) = 15 AND gstin NOT GLOB '*[^0-9A-Z]*'),
  pan          TEXT NOT NULL CHECK (length(pan) = 10 AND pan NOT GLOB '*[^0-9A-Z]*'),
  legal_name   TEXT NOT NULL CHECK (length(legal_name) BETWEEN 1 AND 100),
  trade_name   TEXT CHECK (trade_name IS NULL OR length(trade_name) <= 100),
  address1     TEXT CHECK (address1 IS NULL OR length(address1) <= 100),
  address2     TEXT CHECK (address2 IS NULL OR length(address2) <= 100),
  location     TEXT CHECK (location IS NULL OR length(location) <= 50),
  pin          INTEGER CHECK (pin IS NULL OR pin BETWEEN 100000 AND 999999),
  -- IRP rule 2258: a supplier's state code is the first two digits of its GSTIN.
  state_code   TEXT NOT NULL CHECK (state_code = substr(gstin, 1, 2)),
  aato_paise   INTEGER CHECK (aato_paise IS NULL OR aato_paise >= 0),
  environment  TEXT CHECK (environment IS NULL OR environment IN ('builtin', 'nic-sandbox', 'nic-irp1', 'nic-irp2', 'custom')),
  is_demo      INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL
) STRICT;

CREATE TABLE parties (
  id             INTEGER PRIMARY KEY,
  business_gstin TEXT NOT NULL REFERENCES businesses (gstin) ON DELETE CASCADE,
  -- NULL for unregistered and overseas buyers (the INV-01 mapping writes URP).
  gstin          TEXT CHECK (gstin IS NULL OR (length(gstin) = 15 AND gstin NOT GLOB '*[^0-9A-Z]*')),
  legal_name     TEXT NOT NULL CHECK (length(legal_name) BETWEEN 1 AND 100),
  trade_name     TEXT CHECK (trade_name IS NULL OR length(trade_name) <= 100),
  address1       TEXT CHECK (address1 IS NULL OR length(address1) <= 100),
  address2       TEXT CHECK (address2 IS NULL OR length(address2) <= 100),
  location       TEXT CHECK (location IS NULL OR length(location) <= 100),
  pin            INTEGER CHECK (pin IS NULL OR pin BETWEEN 100000 AND 999999),
  -- 96 = other country (exports).
  state_code     TEXT NOT NULL CHECK (length(state_code) = 2 AND state_code NOT GLOB '*[^0-9]*'),
  country_code   TEXT NOT NULL DEFAULT 'IN' CHECK (length(country_code) = 2 AND country_code NOT GLOB '*[^A-Z]*'),
  phone          TEXT CHECK (phone IS NULL OR length(phone) <= 12),
  email          TEXT CHECK (email IS NULL OR length(email) <= 100),
  -- From the IRP's GSTIN master: ACT active, CNL cancelled, INA inactive, PRO provisional.
  status         TEXT CHECK (status IS NULL OR status IN ('ACT', 'CNL', 'INA', 'PRO')),
  block_status   TEXT CHECK (block_status IS NULL OR block_status IN ('U', 'B')),
  fetched_at     TEXT,
  created_at     TEXT NOT NULL,
  updated_at     TEXT NOT NULL,
  -- One record per registered buyer per business (NULLs are distinct: many unregistered buyers).
  UNIQUE (business_gstin, gstin)
) STRICT;

CREATE TABLE items (
  id                       INTEGER PRIMARY KEY,
  business_gstin           TEXT NOT NULL REFERENCES businesses (gstin) ON DELETE CASCADE,
  description              TEXT NOT NULL CHECK (length(description) BETWEEN 1 AND 300),
  hsn_code                 TEXT NOT NULL CHECK (length(hsn_code) IN (4, 6, 8) AND hsn_code NOT GLOB '*[^0-9]*'),
  is_service               INTEGER NOT NULL CHECK (is_service IN (0, 1)),
  unit                     TEXT CHECK (unit IS NULL OR length(unit) BETWEEN 3 AND 8),
  gst_rate_milli           INTEGER NOT NULL CHECK (gst_rate_milli BETWEEN 0 AND 100000),
  cess_rate_milli          INTEGER NOT NULL DEFAULT 0 CHECK (cess_rate_milli >= 0),
  cess_non_advol_paise     INTEGER NOT NULL DEFAULT 0 CHECK (cess_non_advol_paise >= 0),
  default_unit_price_milli INTEGER CHECK (default_unit_price_milli IS NULL OR default_unit_price_milli >= 0),
  created_at               TEXT NOT NULL,
  updated_at               TEXT NOT NULL
) STRICT;

-- Next number per business, document type and financial year. A number once handed out is
-- never handed out again, even if the draft that took it is deleted: GST law wants no gaps
-- explained away by reuse, and the IRP refuses a number it has seen (even a cancelled one).
CREATE TABLE document_series (
  business_gstin TEXT NOT NULL REFERENCES businesses (gstin) ON DELETE CASCADE,
  doc_type       TEXT NOT NULL CHECK (doc_type IN ('INV', 'CRN', 'DBN')),
  financial_year TEXT NOT NULL CHECK (financial_year GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]'),
  prefix         TEXT NOT NULL DEFAULT '' CHECK (length(prefix) <= 12),
  next_number    INTEGER NOT NULL DEFAULT 1 CHECK (next_number >= 1),
  PRIMARY KEY (business_gstin, doc_type, financial_year)
) STRICT;

CREATE TRIGGER document_series_never_back
BEFORE UPDATE OF next_number ON document_series
WHEN NEW.next_number < OLD.next_number
BEGIN
  SELECT RAISE(ABORT, 'document_series.next_number may not go back: document numbers are never reused');
END;

CREATE TABLE invoices (
  id                  INTEGER PRIMARY KEY,
  -- RESTRICT: a GSTIN with invoices can never be deleted from under them.
  business_gstin      TEXT NOT NULL REFERENCES businesses (gstin) ON DELETE RESTRICT,
  doc_type            TEXT NOT NULL CHECK (doc_type IN ('INV', 'CRN', 'DBN')),
  doc_no              TEXT NOT NULL CHECK (length(doc_no) BETWEEN 1 AND 16),
  doc_date            TEXT NOT NULL CHECK (doc_date GLOB '[0-3][0-9]/[01][0-9]/[0-9][0-9][0-9][0-9]'),
  doc_date_iso        TEXT NOT NULL,
  financial_year      TEXT NOT NULL,
  supply_type         TEXT NOT NULL CHECK (supply_type IN ('B2B', 'SEZWP', 'SEZWOP', 'EXPWP', 'EXPWOP', 'DEXP')),
  reverse_charge      INTEGER NOT NULL DEFAULT 0 CHECK (reverse_charge IN (0, 1)),
  party_id            INTEGER REFERENCES parties (id) ON DELETE SET NULL,
  -- Snapshot of the buyer as invoiced: the party record may change later, the invoice may not.
  buyer_gstin         TEXT CHECK (buyer_gstin IS NULL OR buyer_gstin = 'URP' OR length(buyer_gstin) = 15),
  buyer_name          TEXT NOT NULL CHECK (length(buyer_name) BETWEEN 1 AND 100),
  pos_state_code      TEXT NOT NULL CHECK (length(pos_state_code) = 2 AND pos_state_code NOT GLOB '*[^0-9]*'),
  status              TEXT NOT NULL DEFAULT 'draft'
                        CHECK (status IN ('draft', 'pending', 'generated', 'failed', 'cancelled')),
  assessable_paise    INTEGER NOT NULL DEFAULT 0 CHECK (assessable_paise >= 0),
  cgst_paise          INTEGER NOT NULL DEFAULT 0 CHECK (cgst_paise >= 0),
  sgst_paise          INTEGER NOT NULL DEFAULT 0 CHECK (sgst_paise >= 0),
  igst_paise          INTEGER NOT NULL DEFAULT 0 CHECK (igst_paise >= 0),
  cess_paise          INTEGER NOT NULL DEFAULT 0 CHECK (cess_paise >= 0),
  state_cess_paise    INTEGER NOT NULL DEFAULT 0 CHECK (state_cess_paise >= 0),
  other_charges_paise INTEGER NOT NULL DEFAULT 0 CHECK (other_charges_paise >= 0),
  discount_paise      INTEGER NOT NULL DEFAULT 0 CHECK (discount_paise >= 0),
  -- The IRP accepts RndOffAmt between -99.99 and 99.99.
  round_off_paise     INTEGER NOT NULL DEFAULT 0 CHECK (round_off_paise BETWEEN -9999 AND 9999),
  total_paise         INTEGER NOT NULL DEFAULT 0 CHECK (total_paise >= 0),
  model_json          TEXT NOT NULL CHECK (json_valid(model_json)),
  created_at          TEXT NOT NULL,
  updated_at          TEXT NOT NULL,
  -- The sortable copy must say the same day as the IRP's text, and the financial year (part of
  -- the IRN hash and of the uniqueness below) must be the one of that day.
  CHECK (doc_date_iso = substr(doc_date, 7, 4) || '-' || substr(doc_date, 4, 2) || '-' || substr(doc_date, 1, 2)),
  CHECK (financial_year = CASE
    WHEN CAST(substr(doc_date_iso, 6, 2) AS INTEGER) >= 4
      THEN substr(doc_date_iso, 1, 4) || '-' || substr(printf('%04d', CAST(substr(doc_date_iso, 1, 4) AS INTEGER) + 1), 3, 2)
    ELSE printf('%04d', CAST(substr(doc_date_iso, 1, 4) AS INTEGER) - 1) || '-' || substr(doc_date_iso, 3, 2)
  END),
  -- The IRP keys a document by GSTIN, financial year, type and number, and treats numbers that
  -- differ only in case as the same document.
  UNIQUE (business_gstin, financial_year, doc_type, doc_no COLLATE NOCASE)
) STRICT;

CREATE TABLE invoice_lines (
  invoice_id          INTEGER NOT NULL REFERENCES invoices (id) ON DELETE CASCADE,
  line_no             INTEGER NOT NULL CHECK (line_no BETWEEN 1 AND 1000),
  item_id             INTEGER REFERENCES items (id) ON DELETE SET NULL,
  description         TEXT CHECK (description IS NULL OR length(description) <= 300),
  hsn_code            TEXT NOT NULL CHECK (length(hsn_code) IN (4, 6, 8) AND hsn_code NOT GLOB '*[^0-9]*'),
  is_service          INTEGER NOT NULL CHECK (is_service IN (0, 1)),
  qty_milli           INTEGER NOT NULL DEFAULT 0 CHECK (qty_milli >= 0),
  free_qty_milli      INTEGER NOT NULL DEFAULT 0 CHECK (free_qty_milli >= 0),
  unit                TEXT CHECK (unit IS NULL OR length(unit) BETWEEN 3 AND 8),
  unit_price_milli    INTEGER NOT NULL DEFAULT 0 CHECK (unit_price_milli >= 0),
  discount_paise      INTEGER NOT NULL DEFAULT 0 CHECK (discount_paise >= 0),
  other_charges_paise INTEGER NOT NULL DEFAULT 0 CHECK (other_charges_paise >= 0),
  gst_rate_milli      INTEGER NOT NULL CHECK (gst_rate_milli BETWEEN 0 AND 100000),
  assessable_paise    INTEGER NOT NULL DEFAULT 0 CHECK (assessable_paise >= 0),
  cgst_paise          INTEGER NOT NULL DEFAULT 0 CHECK (cgst_paise >= 0),
  sgst_paise          INTEGER NOT NULL DEFAULT 0 CHECK (sgst_paise >= 0),
  igst_paise          INTEGER NOT NULL DEFAULT 0 CHECK (igst_paise >= 0),
  cess_paise          INTEGER NOT NULL DEFAULT 0 CHECK (cess_paise >= 0),
  state_cess_paise    INTEGER NOT NULL DEFAULT 0 CHECK (state_cess_paise >= 0),
  total_paise         INTEGER NOT NULL DEFAULT 0 CHECK (total_paise >= 0),
  PRIMARY KEY (invoice_id, line_no)
) STRICT;

-- The IRP's answer, kept whole: SignedInvoice and SignedQRCode are served for about two days
-- only, so they are stored with the status change or lost. They may be NULL only when an IRN
-- was adopted from a duplicate reply after that window.
CREATE TABLE irn_records (
  id             INTEGER PRIMARY KEY,
  invoice_id     INTEGER NOT NULL UNIQUE REFERENCES invoices (id) ON DELETE RESTRICT,
  irn            TEXT NOT NULL UNIQUE CHECK (length(irn) = 64 AND irn NOT GLOB '*[^0-9a-f]*'),
  ack_no         TEXT NOT NULL CHECK (length(ack_no) = 15 AND ack_no NOT GLOB '*[^0-9]*'),
  -- As the IRP sent it: yyyy-MM-dd HH:mm:ss in IST.
  ack_dt         TEXT NOT NULL CHECK (ack_dt GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9] [0-9][0-9]:[0-9][0-9]:[0-9][0-9]'),
  -- The same instant as ISO-8601 UTC, for arithmetic (the 24-hour cancel window).
  ack_at         TEXT NOT NULL,
  signed_invoice TEXT,
  signed_qr_code TEXT,
  status         TEXT NOT NULL DEFAULT 'ACT' CHECK (status IN ('ACT', 'CNL')),
  environment    TEXT NOT NULL CHECK (environment IN ('builtin', 'nic-sandbox', 'nic-irp1', 'nic-irp2', 'custom')),
  cancel_reason  TEXT CHECK (cancel_reason IS NULL OR cancel_reason IN ('1', '2', '3', '4')),
  cancel_remark  TEXT CHECK (cancel_remark IS NULL OR length(cancel_remark) <= 100),
  cancelled_at   TEXT,
  created_at     TEXT NOT NULL,
  CHECK ((status = 'CNL') = (cancelled_at IS NOT NULL AND cancel_reason IS NOT NULL))
) STRICT;

CREATE TABLE ewaybills (
  id                INTEGER PRIMARY KEY,
  invoice_id        INTEGER NOT NULL REFERENCES invoices (id) ON DELETE RESTRICT,
  irn               TEXT,
  ewb_no            TEXT NOT NULL UNIQUE CHECK (length(ewb_no) = 12 AND ewb_no NOT GLOB '*[^0-9]*'),
  ewb_date          TEXT NOT NULL,
  -- NULL while only Part-A exists (no vehicle or transport document yet).
  valid_till        TEXT,
  status            TEXT NOT NULL DEFAULT 'ACT' CHECK (status IN ('ACT', 'CNL')),
  distance_km       INTEGER NOT NULL CHECK (distance_km BETWEEN 0 AND 4000),
  trans_mode        TEXT CHECK (trans_mode IS NULL OR trans_mode IN ('1', '2', '3', '4')),
  transporter_id    TEXT CHECK (transporter_id IS NULL OR length(transporter_id) = 15),
  transporter_name  TEXT CHECK (transporter_name IS NULL OR length(transporter_name) <= 100),
  trans_doc_no      TEXT CHECK (trans_doc_no IS NULL OR length(trans_doc_no) <= 15),
  trans_doc_date    TEXT CHECK (trans_doc_date IS NULL OR trans_doc_date GLOB '[0-3][0-9]/[01][0-9]/[0-9][0-9][0-9][0-9]'),
  vehicle_no        TEXT CHECK (vehicle_no IS NULL OR length(vehicle_no) BETWEEN 4 AND 20),
  vehicle_type      TEXT CHECK (vehicle_type IS NULL OR vehicle_type IN ('R', 'O')),
  cancel_reason     TEXT CHECK (cancel_reason IS NULL OR cancel_reason IN ('1', '2', '3', '4')),
  cancel_remark     TEXT CHECK (cancel_remark IS NULL OR length(cancel_remark) <= 100),
  cancelled_at      TEXT,
  created_at        TEXT NOT NULL,
  updated_at        TEXT NOT NULL,
  CHECK ((status = 'CNL') = (cancelled_at IS NOT NULL AND cancel_reason IS NOT NULL))
) STRICT;

-- Requests to the IRP, written before they are sent, so that a crash or timeout leaves a
-- record of an outcome to reconcile rather than a request that may or may not have happened.
CREATE TABLE outbox (
  id                 INTEGER PRIMARY KEY,
  kind               TEXT NOT NULL CHECK (kind IN ('generate-irn', 'cancel-irn', 'generate-ewb', 'cancel-ewb')),
  invoice_id         INTEGER NOT NULL REFERENCES invoices (id) ON DELETE RESTRICT,
  business_gstin     TEXT NOT NULL REFERENCES businesses (gstin) ON DELETE RESTRICT,
  state              TEXT NOT NULL DEFAULT 'queued'
                       CHECK (state IN ('queued', 'in-flight', 'unknown', 'done', 'failed', 'needs-attention')),
  request_hash       TEXT NOT NULL CHECK (length(request_hash) >= 1),
  payload_json       TEXT NOT NULL CHECK (json_valid(payload_json)),
  next_attempt_at    TEXT NOT NULL,
  attempts           INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  last_error_code    TEXT,
  last_error_message TEXT,
  created_at         TEXT NOT NULL,
  updated_at         TEXT NOT NULL
) STRICT;

-- At most one open request per invoice and kind: two open generate requests for the same
-- document is exactly how a desk ends up asking the IRP twice.
CREATE UNIQUE INDEX outbox_one_open_per_invoice ON outbox (invoice_id, kind)
  WHERE state IN ('queued', 'in-flight', 'unknown', 'needs-attention');
CREATE INDEX outbox_due ON outbox (state, next_attempt_at);

CREATE TABLE outbox_attempts (
  id          INTEGER PRIMARY KEY,
  outbox_id   INTEGER NOT NULL REFERENCES outbox (id) ON DELETE CASCADE,
  started_at  TEXT NOT NULL,
  finished_at TEXT CHECK (finished_at IS NULL OR finished_at >= started_at),
  -- success: the IRP answered yes; refused: it answered no (error codes say why); unknown: no
  -- answer after the request may have arrived (timeout, dropped connection); error: it
  -- certainly did not arrive (connection refused, DNS) or the IRP answered 5xx.
  outcome     TEXT NOT NULL CHECK (outcome IN ('success', 'refused', 'unknown', 'error')),
  http_status INTEGER CHECK (http_status IS NULL OR http_status BETWEEN 100 AND 599),
  error_codes TEXT,
  duration_ms INTEGER CHECK (duration_ms IS NULL OR duration_ms >= 0)
) STRICT;
CREATE INDEX outbox_attempts_by_outbox ON outbox_attempts (outbox_id);

CREATE TABLE audit_log (
  id           INTEGER PRIMARY KEY,
  at           TEXT NOT NULL,
  actor        TEXT NOT NULL CHECK (length(actor) >= 1),
  action       TEXT NOT NULL CHECK (length(action) >= 1),
  gstin        TEXT,
  entity       TEXT,
  entity_id    TEXT,
  api          TEXT,
  outcome      TEXT NOT NULL CHECK (outcome IN ('ok', 'refused', 'error', 'unknown')),
  duration_ms  INTEGER CHECK (duration_ms IS NULL OR duration_ms >= 0),
  error_codes  TEXT,
  request_hash TEXT,
  details_json TEXT CHECK (details_json IS NULL OR json_valid(details_json))
) STRICT;
CREATE INDEX audit_log_at ON audit_log (at);

-- The audit log is evidence: rows are added, never changed or removed.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
