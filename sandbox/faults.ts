/**
 * Injected failures for practising against a flaky IRP (`POST /sandbox/faults`). A new setting replaces
 * the old one; `{}` clears everything. `paths` are prefixes; without them a fault hits every NIC path.
 */
export interface FaultSettings {
  latencyMs?: number;
  errorRate?: number;
  down?: boolean;
  dropResponses?: number;
  paths?: string[];
}

export class FaultSet {
  private settings: FaultSettings = {};

  /** Validates and installs; returns a plain-words problem instead when the body is wrong. */
  replace(input: unknown): string | null {
    if (typeof input !== 'object' || input === null || Array.isArray(input))
      return 'faults must be a JSON object';
    const s = input as Record<string, unknown>;
    const next: FaultSettings = {};
    for (const key of Object.keys(s)) {
      if (!['latencyMs', 'errorRate', 'down', 'dropResponses', 'paths'].includes(key)) {
        return `unknown fault "${key}"`;
      }
    }
    if (s['latencyMs'] !== undefined) {
      if (typeof s['latencyMs'] !== 'number' || s['latencyMs'] < 0) return 'latencyMs must be a number >= 0';
      next.latencyMs = s['latencyMs'];
    }
    if (s['errorRate'] !== undefined) {
      const r = s['errorRate'];
      if (typeof r !== 'number' || r < 0 || r > 1) return 'errorRate must be a number from 0 to 1';
      next.errorRate = r;
    }
    if (s['down'] !== undefined) {
      if (typeof s['down'] !== 'boolean') return 'down must be true or false';
      next.down = s['down'];
    }
    if (s['dropResponses'] !== undefined) {
      const n = s['dropResponses'];
      if (typeof n !== 'number' || !Number.isInteger(n) || n < 0)
        return 'dropResponses must be a whole number >= 0';
      next.dropResponses = n;
    }
    if (s['paths'] !== undefined) {
      const p = s['paths'];
      if (!Array.isArray(p) || !p.every((x) => typeof x === 'string'))
        return 'paths must be an array of strings';
      next.paths = p as string[];
    }
    this.settings = next;
    return null;
  }

  current(): FaultSettings {
    return { ...this.settings };
  }

  private applies(path: string): boolean {
    const paths = this.settings.paths;
    if (!paths) return true;
    const lower = path.toLowerCase();
    return paths.some((p) => lower.startsWith(p.toLowerCase()));
  }

  latencyFor(path: string): number {
    return this.applies(path) ? (this.settings.latencyMs ?? 0) : 0;
  }

  isDown(path: string): boolean {
    return this.settings.down === true && this.applies(path);
  }

  shouldFail(path: string): boolean {
    const rate = this.settings.errorRate ?? 0;
    return rate > 0 && this.applies(path) && Math.random() < rate;
  }

  /** Consumes one dropped response when this path is targeted and any are left. */
  takeDrop(path: string): boolean {
    const left = this.settings.dropResponses ?? 0;
    if (left <= 0 || !this.applies(path)) return false;
    this.settings.dropResponses = left - 1;
    return true;
  }
}
