import { createServer, type Server } from 'node:http';
import express, { type Express } from 'express';

/** The one HTTP server Acre's chat channels share, with a health check for load balancers. */
export function createHttp(): Express {
  const http = express();
  http.disable('x-powered-by');
  http.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });
  return http;
}

export function listen(http: Express, port: number, host: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer(http);
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}
