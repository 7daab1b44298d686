import { chmodSync, mkdirSync, rmSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import { connectionLockFor } from './connection-lock.ts';

/** The part of a PGlite instance the socket needs (kept structural so tests can pass the real one). */
export interface RawProtocolDatabase {
  execProtocolRaw(message: Uint8Array, options?: { syncToFs?: boolean }): Promise<Uint8Array>;
  isInTransaction(): boolean;
  exec(query: string): Promise<unknown>;
}

const SSL_REQUEST = 80877103;
const CANCEL_REQUEST = 80877102;
const PROTOCOL_3 = 196608;
/** One socket message may not exceed this (a COPY chunk or a large INSERT fits easily). */
const MAX_MESSAGE_BYTES = 64 * 1024 * 1024;

/** The socket file name pg looks for in its `host` directory on port 5432. */
export const SOCKET_NAME = '.s.PGSQL.5432';

/**
 * Splits the buffered bytes into complete frontend messages: the untyped first message (startup,
 * SSL or cancel request) or typed ones (a type byte and an int32 length). Returns the rest.
 */
function takeMessages(buffer: Buffer, started: boolean): { messages: Buffer[]; rest: Buffer } {
  const messages: Buffer[] = [];
  let offset = 0;
  for (;;) {
    const left = buffer.length - offset;
    if (!started) {
      if (left < 8) break;
      const length = buffer.readInt32BE(offset);
      if (length < 8 || length > MAX_MESSAGE_BYTES) throw new Error('invalid startup message');
      if (left < length) break;
      messages.push(buffer.subarray(offset, offset + length));
      offset += length;
      if (buffer.readInt32BE(offset - length + 4) === PROTOCOL_3) started = true;
      continue;
    }
    if (left < 5) break;
    const length = buffer.readInt32BE(offset + 1);
    if (length < 4 || length > MAX_MESSAGE_BYTES) throw new Error('invalid message length');
    if (left < length + 1) break;
    messages.push(buffer.subarray(offset, offset + length + 1));
    offset += length + 1;
  }
  return { messages, rest: buffer.subarray(offset) };
}

/** The transaction status of the last ReadyForQuery ('Z') in a backend response: 'I', 'T', 'E', or null when none. */
export function lastReadyStatus(response: Uint8Array): string | null {
  let status: string | null = null;
  let offset = 0;
  const view = Buffer.from(response.buffer, response.byteOffset, response.byteLength);
  while (offset + 5 <= view.length) {
    const type = view[offset];
    const length = view.readInt32BE(offset + 1);
    if (type === 0x5a && length === 5 && offset + 6 <= view.length) status = String.fromCharCode(view[offset + 5]!);
    offset += 1 + length;
  }
  return status;
}

/**
 * Serves one PGlite instance over the PostgreSQL wire protocol on a unix socket, so that
 * command-line tools (`pg`/Kysely) use the server's database instead of opening its folder a second
 * time. A client holds the instance's connection lock — the same one the server's own Kysely driver
 * waits for — from its first message until the backend is idle again (ReadyForQuery 'I'), so its
 * transaction never interleaves with a request's. The socket is created with mode 0600 in a 0700
 * directory: only the user the server runs as can connect.
 */
export async function servePgliteSocket(pglite: RawProtocolDatabase, socketDir: string): Promise<{ socketDir: string; close: () => Promise<void> }> {
  mkdirSync(socketDir, { recursive: true, mode: 0o700 });
  chmodSync(socketDir, 0o700);
  const path = join(socketDir, SOCKET_NAME);
  rmSync(path, { force: true });
  const lock = connectionLockFor(pglite);
  const sockets = new Set<Socket>();

  const server: Server = createServer((socket) => {
    sockets.add(socket);
    let buffer: Buffer = Buffer.alloc(0);
    let started = false;
    let release: (() => void) | undefined;
    let chain = Promise.resolve();
    const letGo = async () => {
      if (!release) return;
      // A client that vanished inside a transaction must not leave it open for the next one.
      if (pglite.isInTransaction()) await pglite.exec('rollback').catch(() => undefined);
      const r = release;
      release = undefined;
      r();
    };
    const handle = async (chunk: Buffer) => {
      buffer = buffer.length ? Buffer.concat([buffer, chunk]) : chunk;
      const { messages, rest } = takeMessages(buffer, started);
      buffer = Buffer.from(rest);
      for (const message of messages) {
        if (!started && message.readInt32BE(4) === SSL_REQUEST) {
          socket.write('N');
          continue;
        }
        if (!started && message.readInt32BE(4) === CANCEL_REQUEST) continue;
        if (!started) started = true;
        if (message[0] === 0x58) {
          // Terminate: end the session here; PGlite's single backend stays up for everyone else.
          await letGo();
          socket.end();
          return;
        }
        release ??= await lock.acquire();
        const response = await pglite.execProtocolRaw(new Uint8Array(message.buffer, message.byteOffset, message.byteLength), { syncToFs: true });
        if (response.length && socket.writable) socket.write(response);
        const status = lastReadyStatus(response);
        if (status === 'I') await letGo();
      }
    };
    socket.on('data', (chunk: Buffer) => {
      chain = chain.then(() => handle(chunk)).catch(() => { socket.destroy(); });
    });
    socket.on('error', () => socket.destroy());
    socket.on('close', () => {
      sockets.delete(socket);
      chain = chain.then(letGo, letGo);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(path, () => resolve());
  });
  chmodSync(path, 0o600);
  return {
    socketDir,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(path, { force: true });
    },
  };
}
