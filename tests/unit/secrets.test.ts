import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createSecretBox, loadOrCreateKey, SecretKeyError } from '$lib/server/services/secrets';

const dirs: string[] = [];
const folder = () => {
	const d = mkdtempSync(join(tmpdir(), 'secret-key-'));
	dirs.push(d);
	return d;
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('secret key file', () => {
	it('is created on first start with mode 0600 and read back the same afterwards', () => {
		const file = join(folder(), 'nested', 'secret.key');
		const first = loadOrCreateKey(file);
		expect(first).toHaveLength(32);
		expect(statSync(file).mode & 0o777).toBe(0o600);
		expect(loadOrCreateKey(file).equals(first)).toBe(true);
	});

	it('refuses a file that does not hold a 32-byte key', () => {
		const file = join(folder(), 'secret.key');
		writeFileSync(file, 'c2hvcnQ=\n');
		expect(() => loadOrCreateKey(file)).toThrow(SecretKeyError);
	});
});

describe('secret box', () => {
	const box = createSecretBox(Buffer.alloc(32, 7));

	it('opens what it sealed, and never stores the same text twice', () => {
		const a = box.seal('pbx password', 'provisioning:c1');
		const b = box.seal('pbx password', 'provisioning:c1');
		expect(a).not.toBe(b);
		expect(a).not.toContain('pbx password');
		expect(box.open(a, 'provisioning:c1')).toBe('pbx password');
	});

	it('refuses a secret moved to another company or field', () => {
		const sealed = box.seal('pbx password', 'provisioning:c1');
		expect(() => box.open(sealed, 'provisioning:c2')).toThrow();
		expect(() => box.open(sealed, 'assistant:c1')).toThrow();
	});

	it('refuses a secret sealed under another key, or tampered with', () => {
		const sealed = box.seal('pbx password', 'ctx');
		expect(() => createSecretBox(Buffer.alloc(32, 8)).open(sealed, 'ctx')).toThrow();
		const parts = sealed.split(':');
		parts[3] = Buffer.from('tampered').toString('base64');
		expect(() => box.open(parts.join(':'), 'ctx')).toThrow();
	});

	it('keeps the key out of what it seals', () => {
		const file = join(folder(), 'k');
		const key = loadOrCreateKey(file);
		const sealed = createSecretBox(key).seal('x', 'y');
		expect(sealed).not.toContain(readFileSync(file, 'utf8').trim());
	});
});
