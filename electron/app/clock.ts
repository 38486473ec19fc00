/**
 * The app's clock. Production reads the system time; tests and demos may start it at a fixed
 * instant with `EINVOICE_DESK_FAKE_NOW=<ISO-8601>` (it then runs forward in real time), so
 * that deadlines such as the 24-hour cancel window can be shown reproducibly.
 */
export type Clock = () => Date;

export const FAKE_NOW_ENV = 'EINVOICE_DESK_FAKE_NOW';

export function clockFromEnv(env: NodeJS.ProcessEnv = process.env, realNow: () => number = Date.now): Clock {
  const text = env[FAKE_NOW_ENV]?.trim();
  if (!text) return () => new Date(realNow());
  const start = Date.parse(text);
  if (Number.isNaN(start)) throw new Error(`${FAKE_NOW_ENV} must be an ISO-8601 instant, not "${text}".`);
  const startedAt = realNow();
  return () => new Date(start + (realNow() - startedAt));
}
