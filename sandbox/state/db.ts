/**
 * The sandbox's SQLite file: sessions (token + SEK), registered IRNs with their signed copies, e-way
 * bills and GSTIN syncs, so a restart forgets nothing. Statements are prepared once; WAL keeps writes
 * cheap on the generate hot path.
 */
import Database from 'better-sqlite3';
import path from 'node:path';
import { FILES } from './files';

export interface SessionRow {
  token: string;
  gstin: string;
  userName: string;
  clientId: string;
  sek: Buffer;
  issuedAt: number;
  expiresAt: number;
}

export interface IrnRow {
  irn: string;
  dupKey: string;
  sellerGstin: string;
  buyerGstin: string;
  docType: string;
  docNo: string;
  docDate: string;
  ackNo: number;
  ackAt: number;
  status: 'ACT' | 'CNL';
  cancelAt: number | null;
  signedInvoice: string;
  signedQr: string;
  invoiceJson: string;
}

export interface EwbRow {
  ewbNo: number;
  irn: string;
  genGstin: string;
  ewbAt: number;
  validTill: number | null;
  distance: number;
  status: 'ACT' | 'CNL';
  cancelAt: number | null;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS sessions (
  token TEXT PRIMARY KEY, gstin TEXT NOT NULL, user_name TEXT NOT NULL, client_id TEXT NOT NULL,
  sek BLOB NOT NULL, issued_at INTEGER NOT NULL, expires_at INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS sessions_user ON sessions (gstin, user_name, client_id, expires_at);
CREATE TABLE IF NOT EXISTS irns (
  irn TEXT PRIMARY KEY, dup_key TEXT NOT NULL UNIQUE, seller_gstin TEXT NOT NULL, buyer_gstin TEXT NOT NULL,
  doc_type TEXT NOT NULL, doc_no TEXT NOT NULL, doc_date TEXT NOT NULL, ack_no INTEGER NOT NULL,
  ack_at INTEGER NOT NULL, status TEXT NOT NULL, cancel_at INTEGER, cancel_reason TEXT, cancel_remark TEXT,
  signed_invoice TEXT NOT NULL, signed_qr TEXT NOT NULL, invoice_json TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS ewbs (
  ewb_no INTEGER PRIMARY KEY, irn TEXT NOT NULL, gen_gstin TEXT NOT NULL, ewb_at INTEGER NOT NULL,
  valid_till INTEGER, distance INTEGER NOT NULL, status TEXT NOT NULL, cancel_at INTEGER,
  cancel_reason INTEGER, cancel_remark TEXT);
CREATE INDEX IF NOT EXISTS ewbs_irn ON ewbs (irn);
CREATE TABLE IF NOT EXISTS gstin_sync (gstin TEXT PRIMARY KEY, status TEXT NOT NULL, synced_at INTEGER NOT NULL);
`;

const IRN_COLUMNS = `irn, dup_key AS dupKey, seller_gstin AS sellerGstin, buyer_gstin AS buyerGstin,
  doc_type AS docType, doc_no AS docNo, doc_date AS docDate, ack_no AS ackNo, ack_at AS ackAt, status,
  cancel_at AS cancelAt, signed_invoice AS signedInvoice, signed_qr AS signedQr, invoice_json AS invoiceJson`;
const EWB_COLUMNS = `ewb_no AS ewbNo, irn, gen_gstin AS genGstin, ewb_at AS ewbAt, valid_till AS validTill,
  distance, status, cancel_at AS cancelAt`;
const SESSION_COLUMNS = `token, gstin, user_name AS userName, client_id AS clientId, sek, issued_at AS issuedAt,
  expires_at AS expiresAt`;

export class Store {
  private readonly db: Database.Database;
  private readonly stmts;

  constructor(stateDir: string) {
    this.db = new Database(path.join(stateDir, FILES.database));
    this.db.pragma('journal_mode = WAL');
    // NORMAL is durable across process crashes in WAL mode; only an OS crash can lose the last commits.
    this.db.pragma('synchronous = NORMAL');
    this.db.exec(SCHEMA);
    const db = this.db;
    this.stmts = {
      insertSession: db.prepare(
        `INSERT INTO sessions (token, gstin, user_name, client_id, sek, issued_at, expires_at)
         VALUES (@token, @gstin, @userName, @clientId, @sek, @issuedAt, @expiresAt)`,
      ),
      session: db.prepare(`SELECT ${SESSION_COLUMNS} FROM sessions WHERE token = ?`),
      latestSession: db.prepare(
        `SELECT ${SESSION_COLUMNS} FROM sessions WHERE gstin = ? AND user_name = ? AND client_id = ?
         AND expires_at > ? ORDER BY expires_at DESC LIMIT 1`,
      ),
      insertIrn: db.prepare(
        `INSERT INTO irns (irn, dup_key, seller_gstin, buyer_gstin, doc_type, doc_no, doc_date, ack_no, ack_at,
           status, signed_invoice, signed_qr, invoice_json)
         VALUES (@irn, @dupKey, @sellerGstin, @buyerGstin, @docType, @docNo, @docDate, @ackNo, @ackAt, 'ACT',
           @signedInvoice, @signedQr, @invoiceJson)`,
      ),
      irn: db.prepare(`SELECT ${IRN_COLUMNS} FROM irns WHERE irn = ?`),
      irnByDupKey: db.prepare(`SELECT ${IRN_COLUMNS} FROM irns WHERE dup_key = ?`),
      cancelIrn: db.prepare(
        `UPDATE irns SET status = 'CNL', cancel_at = ?, cancel_reason = ?, cancel_remark = ? WHERE irn = ?`,
      ),
      maxAckNo: db.prepare(`SELECT MAX(ack_no) AS v FROM irns`),
      insertEwb: db.prepare(
        `INSERT INTO ewbs (ewb_no, irn, gen_gstin, ewb_at, valid_till, distance, status)
         VALUES (@ewbNo, @irn, @genGstin, @ewbAt, @validTill, @distance, 'ACT')`,
      ),
      ewb: db.prepare(`SELECT ${EWB_COLUMNS} FROM ewbs WHERE ewb_no = ?`),
      latestEwbForIrn: db.prepare(
        `SELECT ${EWB_COLUMNS} FROM ewbs WHERE irn = ? ORDER BY ewb_at DESC LIMIT 1`,
      ),
      activeEwbForIrn: db.prepare(`SELECT ${EWB_COLUMNS} FROM ewbs WHERE irn = ? AND status = 'ACT' LIMIT 1`),
      cancelEwb: db.prepare(
        `UPDATE ewbs SET status = 'CNL', cancel_at = ?, cancel_reason = ?, cancel_remark = ? WHERE ewb_no = ?`,
      ),
      maxEwbNo: db.prepare(`SELECT MAX(ewb_no) AS v FROM ewbs`),
      upsertSync: db.prepare(
        `INSERT INTO gstin_sync (gstin, status, synced_at) VALUES (?, ?, ?)
         ON CONFLICT (gstin) DO UPDATE SET status = excluded.status, synced_at = excluded.synced_at`,
      ),
      syncs: db.prepare(`SELECT gstin, status FROM gstin_sync`),
    };
  }

  insertSession(row: SessionRow): void {
    this.stmts.insertSession.run(row);
  }

  session(token: string): SessionRow | undefined {
    return this.stmts.session.get(token) as SessionRow | undefined;
  }

  latestValidSession(
    gstin: string,
    userName: string,
    clientId: string,
    nowMs: number,
  ): SessionRow | undefined {
    return this.stmts.latestSession.get(gstin, userName, clientId, nowMs) as SessionRow | undefined;
  }

  insertIrn(row: Omit<IrnRow, 'status' | 'cancelAt'>): void {
    this.stmts.insertIrn.run(row);
  }

  irn(irn: string): IrnRow | undefined {
    return this.stmts.irn.get(irn) as IrnRow | undefined;
  }

  irnByDupKey(key: string): IrnRow | undefined {
    return this.stmts.irnByDupKey.get(key) as IrnRow | undefined;
  }

  cancelIrn(irn: string, atMs: number, reason: string, remark: string): void {
    this.stmts.cancelIrn.run(atMs, reason, remark, irn);
  }

  maxAckNo(): number {
    return ((this.stmts.maxAckNo.get() as { v: number | null }).v ?? 0) as number;
  }

  insertEwb(row: Omit<EwbRow, 'status' | 'cancelAt'>): void {
    this.stmts.insertEwb.run(row);
  }

  ewb(ewbNo: number): EwbRow | undefined {
    return this.stmts.ewb.get(ewbNo) as EwbRow | undefined;
  }

  latestEwbForIrn(irn: string): EwbRow | undefined {
    return this.stmts.latestEwbForIrn.get(irn) as EwbRow | undefined;
  }

  activeEwbForIrn(irn: string): EwbRow | undefined {
    return this.stmts.activeEwbForIrn.get(irn) as EwbRow | undefined;
  }

  cancelEwb(ewbNo: number, atMs: number, reason: number, remark: string): void {
    this.stmts.cancelEwb.run(atMs, reason, remark, ewbNo);
  }

  maxEwbNo(): number {
    return ((this.stmts.maxEwbNo.get() as { v: number | null }).v ?? 0) as number;
  }

  recordSync(gstin: string, status: string, atMs: number): void {
    this.stmts.upsertSync.run(gstin, status, atMs);
  }

  syncedStatuses(): Array<{ gstin: string; status: string }> {
    return this.stmts.syncs.all() as Array<{ gstin: string; status: string }>;
  }

  /** Runs `fn` atomically (used to store an IRN and its e-way bill together). */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  close(): void {
    this.db.close();
  }
}
