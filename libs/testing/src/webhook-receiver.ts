import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';

/**
 * UBND tỉnh's own receiving system, on loopback: `/ok` takes a delivery, `/redirect` redirects
 * inside, anything else answers 500.
 */
export const receiver = async () => {
  const received: { path: string; headers: IncomingHttpHeaders; body: string }[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += String(chunk)));
    req.on('end', () => {
      received.push({ path: req.url ?? '', headers: req.headers, body });
      if (req.url === '/redirect')
        res.writeHead(302, { location: 'http://169.254.169.254/' }).end();
      else res.writeHead(req.url === '/ok' ? 200 : 500).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    received,
    base: `http://127.0.0.1:${port}`,
    close: () => new Promise((r) => server.close(r)),
  };
};
