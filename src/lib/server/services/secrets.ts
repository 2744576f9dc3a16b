import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Third-party secrets (PBX password, assistant mailbox password) at rest: AES-256-GCM under a
 * key that lives in a file outside the database, so a copy of the SQLite file alone reveals
 * nothing. Each value is bound to where it belongs (`context`, e.g. "provisioning:<company>")
 * as additional authenticated data: a ciphertext moved to another company or field fails to open.
 */
export interface SecretBox {
	seal(plaintext: string, context: string): string;
	/** Throws when the value was not sealed by this key for this context. */
	open(sealed: string, context: string): string;
}

const VERSION = 'v1';

export class SecretKeyError extends Error {}

/** Reads the key file, or creates it (mode 0600) when absent: 32 random bytes, base64. */
export function loadOrCreateKey(file: string): Buffer {
	if (!existsSync(file)) {
		mkdirSync(dirname(file), { recursive: true });
		// 'wx' fails if another process created it meanwhile; then that one's key is read below.
		try {
			writeFileSync(file, randomBytes(32).toString('base64') + '\n', { mode: 0o600, flag: 'wx' });
		} catch (e) {
			if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
		}
	}
	if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
	const key = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
	if (key.length !== 32) {
		throw new SecretKeyError(`${file} does not hold a 32-byte base64 key (SECRET_KEY_FILE)`);
	}
	return key;
}

export function createSecretBox(key: Buffer): SecretBox {
	return {
		seal(plaintext, context) {
			const iv = randomBytes(12);
			const cipher = createCipheriv('aes-256-gcm', key, iv);
			cipher.setAAD(Buffer.from(context));
			const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
			const parts = [iv, cipher.getAuthTag(), body].map((b) => b.toString('base64'));
			return [VERSION, ...parts].join(':');
		},
		open(sealed, context) {
			const [version, iv, tag, body] = sealed.split(':');
			if (version !== VERSION || !iv || !tag || body === undefined) {
				throw new SecretKeyError('not a sealed secret');
			}
			const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64'));
			decipher.setAAD(Buffer.from(context));
			decipher.setAuthTag(Buffer.from(tag, 'base64'));
			return Buffer.concat([
				decipher.update(Buffer.from(body, 'base64')),
				decipher.final()
			]).toString('utf8');
		}
	};
}
