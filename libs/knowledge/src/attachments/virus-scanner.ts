import { connect } from 'node:net';

export type ScanResult = { infected: false } | { infected: true; signature: string };

/**
 * A clamd client over TCP (the INSTREAM command: length-prefixed chunks, then a zero length).
 * Answers "stream: OK" or "stream: <signature> FOUND"; anything else is an error, so a scanner
 * that is down never passes a file as clean.
 */
export class ClamdScanner {
  constructor(
    private readonly host: string,
    private readonly port: number,
    private readonly timeoutMs = 30_000,
  ) {}

  scan(bytes: Buffer): Promise<ScanResult> {
    return new Promise((resolve, reject) => {
      const socket = connect({ host: this.host, port: this.port });
      const chunks: Buffer[] = [];
      socket.setTimeout(this.timeoutMs, () => socket.destroy(new Error('clamd timed out')));
      socket.on('error', reject);
      socket.on('data', (chunk: Buffer) => chunks.push(chunk));
      socket.on('end', () => {
        const answer = Buffer.concat(chunks).toString('utf8').replace(/\0/g, '').trim();
        const found = /^stream: (.+) FOUND$/.exec(answer);
        if (found) resolve({ infected: true, signature: found[1] });
        else if (answer === 'stream: OK') resolve({ infected: false });
        else reject(new Error(`clamd answered: ${answer || '(nothing)'}`));
      });
      socket.on('connect', () => {
        socket.write('zINSTREAM\0');
        const size = 64 * 1024;
        for (let offset = 0; offset < bytes.length; offset += size) {
          const part = bytes.subarray(offset, offset + size);
          const length = Buffer.alloc(4);
          length.writeUInt32BE(part.length);
          socket.write(length);
          socket.write(part);
        }
        socket.end(Buffer.alloc(4));
      });
    });
  }
}
