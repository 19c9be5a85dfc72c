import { generate } from 'selfsigned';

export interface LoopbackCertificate {
  /** The certificate in PEM: trust it as a CA (it signs itself). */
  readonly cert: string;
  readonly key: string;
}

/**
 * A fresh self-signed certificate for 127.0.0.1 and localhost, made at start so no key is ever committed.
 * EC keys because they generate in milliseconds.
 */
export async function loopbackCertificate(): Promise<LoopbackCertificate> {
  const notBeforeDate = new Date(Date.now() - 60_000);
  const notAfterDate = new Date(notBeforeDate.getTime() + 2 * 24 * 3600_000);
  const pems = await generate([{ name: 'commonName', value: 'sos graph emulator' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    notBeforeDate,
    notAfterDate,
    extensions: [
      { name: 'basicConstraints', cA: true },
      { name: 'keyUsage', digitalSignature: true, keyCertSign: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 7, ip: '127.0.0.1' },
          { type: 2, value: 'localhost' },
        ],
      },
    ],
  });
  return { cert: pems.cert, key: pems.private };
}
