/**
 * The axios adapter the IRP client uses: one request over node:http(s) with the client's agents,
 * a text body out and a text body back.
 *
 * axios's own http adapter carries redirects, proxies, decompression, progress events, streams,
 * form data, data: URLs and HTTP/2, none of which an IRP call uses, and a batch paid for them on
 * every request: about 55 µs of CPU per call measured against a local server, some 5 % of all the
 * work of generating an invoice from the command. axios still builds every request (config,
 * headers, validation, errors as AxiosError); this adapter only moves the bytes.
 */
import { AxiosError, AxiosHeaders, type AxiosAdapter, type AxiosResponse } from 'axios';
import http from 'node:http';
import https from 'node:https';

export interface AdapterAgents {
  http: http.Agent;
  https: https.Agent;
}

export function nodeAdapter(agents: AdapterAgents): AxiosAdapter {
  return (config) =>
    new Promise((resolve, reject) => {
      const url = config.url ?? '';
      const secure = url.startsWith('https:');
      const body: unknown = config.data;
      if (body !== undefined && typeof body !== 'string') {
        reject(
          new AxiosError(
            'The IRP client sends bodies as JSON text only.',
            AxiosError.ERR_BAD_REQUEST,
            config,
          ),
        );
        return;
      }
      const headers = AxiosHeaders.from(config.headers).toJSON() as Record<string, string>;
      if (body !== undefined) headers['Content-Length'] = String(Buffer.byteLength(body));

      let settled = false;
      const fail = (error: Error & { code?: string }) => {
        if (settled) return;
        settled = true;
        reject(error instanceof AxiosError ? error : AxiosError.from(error, error.code, config, req));
      };
      const limit = config.maxContentLength ?? -1;

      const req = (secure ? https : http).request(
        url,
        {
          method: (config.method ?? 'get').toUpperCase(),
          headers,
          agent: secure ? agents.https : agents.http,
        },
        (res) => {
          const chunks: Buffer[] = [];
          let size = 0;
          res.on('data', (chunk: Buffer) => {
            size += chunk.length;
            if (limit > -1 && size > limit) {
              const tooLarge = new AxiosError(
                `The answer is larger than the ${limit} bytes allowed.`,
                AxiosError.ERR_BAD_RESPONSE,
                config,
                req,
              );
              // Settled here: the rest of the answer may already be parsed, and 'end' still come.
              fail(tooLarge);
              req.destroy(tooLarge);
              return;
            }
            chunks.push(chunk);
          });
          res.on('error', fail);
          // A connection cut before the whole answer came: the IRP may have acted.
          res.on('close', () => {
            if (!res.complete) {
              fail(
                Object.assign(new Error('The connection closed before the whole answer came.'), {
                  code: 'ECONNRESET',
                }),
              );
            }
          });
          res.on('end', () => {
            if (settled) return;
            settled = true;
            const response: AxiosResponse<string> = {
              data: Buffer.concat(chunks, size).toString('utf8'),
              status: res.statusCode ?? 0,
              statusText: res.statusMessage ?? '',
              headers: new AxiosHeaders(res.headers as Record<string, string>),
              config,
              request: req,
            };
            if (!config.validateStatus || config.validateStatus(response.status)) resolve(response);
            else
              reject(
                new AxiosError(
                  `Request failed with status code ${response.status}`,
                  response.status >= 500 ? AxiosError.ERR_BAD_RESPONSE : AxiosError.ERR_BAD_REQUEST,
                  config,
                  req,
                  response,
                ),
              );
          });
        },
      );
      req.on('error', fail);
      if (config.timeout) {
        // As axios's adapter does: no activity on the connection for this long ends the call.
        req.setTimeout(config.timeout, () => {
          req.destroy(
            new AxiosError(
              `timeout of ${config.timeout}ms exceeded`,
              config.transitional?.clarifyTimeoutError ? AxiosError.ETIMEDOUT : AxiosError.ECONNABORTED,
              config,
              req,
            ),
          );
        });
      }
      req.end(body);
    });
}
