import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_TIMEOUTS, MAX_CONCURRENT_CALLS, createHttp } from './transport';

describe('createHttp', () => {
  let server: http.Server | null = null;
  afterEach(async () => {
    vi.restoreAllMocks();
    await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
    server = null;
  });

  it('keeps one connection for a run of requests without setting TCP keep-alive again each time', async () => {
    const accepts: Array<string | undefined> = [];
    server = http.createServer((req, res) => {
      accepts.push(req.headers.accept);
      res.end('{"Status":1}');
    });
    let connections = 0;
    server.on('connection', () => (connections += 1));
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

    // Counts what reaches the operating system: Node skips a setKeepAlive that changes nothing.
    let systemCalls = 0;
    const sockets = new Set<net.Socket>();
    const stock = net.Socket.prototype.setKeepAlive;
    vi.spyOn(net.Socket.prototype, 'setKeepAlive').mockImplementation(function (
      this: net.Socket,
      ...args: Parameters<net.Socket['setKeepAlive']>
    ) {
      sockets.add(this);
      const handle = (this as unknown as { _handle?: { setKeepAlive?: (...a: unknown[]) => unknown } })
        ._handle;
      if (handle?.setKeepAlive && !(handle as { counted?: boolean }).counted) {
        const native = handle.setKeepAlive.bind(handle);
        handle.setKeepAlive = (...a: unknown[]) => {
          systemCalls += 1;
          return native(...a);
        };
        (handle as { counted?: boolean }).counted = true;
      }
      return stock.apply(this, args);
    });

    const client = createHttp(DEFAULT_TIMEOUTS);
    for (let i = 0; i < 5; i++) {
      const answer = await client.request<string>({ method: 'POST', url, data: '{}' });
      expect(answer.data).toBe('{"Status":1}');
    }
    expect(connections).toBe(1);
    expect(sockets.size).toBeLessThanOrEqual(1);
    expect(accepts).toEqual(Array(5).fill('application/json'));
    // At most once, for the new connection (Node sets it as it connects); with axios's adapter
    // and differing delays it was twice more per request.
    expect(systemCalls).toBeLessThanOrEqual(1);
  });

  it('lets as many calls be at the IRP at once as a drain may ask for', async () => {
    // The server answers nobody until every request is in: with fewer connections allowed
    // than requests, the last ones would wait in the agent for ever.
    const held: http.ServerResponse[] = [];
    server = http.createServer((_req, res) => {
      held.push(res);
      if (held.length === MAX_CONCURRENT_CALLS) for (const r of held) r.end('{"Status":1}');
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    const client = createHttp(DEFAULT_TIMEOUTS);
    const answers = await Promise.all(
      Array.from({ length: MAX_CONCURRENT_CALLS }, () =>
        client.request<string>({ method: 'POST', url, data: '{}' }),
      ),
    );
    expect(answers.map((a) => a.data)).toEqual(Array(MAX_CONCURRENT_CALLS).fill('{"Status":1}'));
    expect(held).toHaveLength(MAX_CONCURRENT_CALLS);
  });
});
