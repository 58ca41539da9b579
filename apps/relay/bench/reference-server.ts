import http from 'node:http';
import { setupWSConnection } from '@y/websocket-server/utils';
import { WebSocketServer } from 'ws';

// The reference: @y/websocket-server 0.1.1 wired exactly like its bin/server.js, in memory (YPERSISTENCE
// unset, so its optional LevelDB persistence stays off), on a free port announced like our relay does.
const wss = new WebSocketServer({ noServer: true });
wss.on('connection', setupWSConnection);
const server = http.createServer((_request, response) => {
  response.writeHead(200, { 'content-type': 'text/plain' });
  response.end('okay');
});
server.on('upgrade', (request, socket, head) => {
  wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  console.log(`reference listening on http://127.0.0.1:${port}`);
});

// Exit cleanly on a stop signal (lets `--cpu-prof` and friends write their output).
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(0));
