/**
 * Serves the API contract whatever the transport: Electron's ipcMain, the browser-mode HTTP
 * bridge and tests all call `dispatch`. Handlers return plain values or throw; the router
 * turns every outcome into an envelope so that nothing but data crosses the boundary.
 */
import {
  DeskError,
  LocalErrorCode,
  fail,
  isChannel,
  ok,
  type Channel,
  type Envelope,
  type RequestOf,
  type ResponseOf,
} from '../../shared/api';

export type Handlers = {
  [C in Channel]: (req: RequestOf<C>) => ResponseOf<C> | Promise<ResponseOf<C>>;
};

export interface RouterLogger {
  error(message: string, error: unknown): void;
}

export interface Router {
  dispatch(channel: string, req: unknown): Promise<Envelope<unknown>>;
}

export function createRouter(handlers: Handlers, logger: RouterLogger = console): Router {
  return {
    async dispatch(channel, req) {
      if (!isChannel(channel)) {
        return fail({
          code: LocalErrorCode.UnknownChannel,
          message: `There is no operation called "${channel}".`,
        });
      }
      const handler = handlers[channel] as (req: unknown) => unknown;
      try {
        return ok(await handler(req ?? undefined));
      } catch (error) {
        return fail(toErrorData(channel, error, logger));
      }
    },
  };
}

function toErrorData(channel: string, error: unknown, logger: RouterLogger) {
  if (error instanceof DeskError) return error.toData();
  // Anything else is a bug or an environment failure: log it in full for us, show plain words
  // to the user. The raw message is not shown because it may carry paths or SQL.
  logger.error(`Unexpected failure in ${channel}`, error);
  return {
    code: LocalErrorCode.Internal,
    message:
      'Something went wrong inside eInvoice Desk. Your data is safe; please try again, and report it if it repeats.',
  };
}
