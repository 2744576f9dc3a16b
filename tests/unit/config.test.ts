import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '$lib/server/config';

describe('configuration', () => {
	it('has the documented defaults', () => {
		expect(loadConfig({})).toEqual({
			NODE_ENV: 'development',
			PORT: 3000,
			ORIGIN: 'http://localhost:3000',
			DATABASE_PATH: './data/company-profile.sqlite',
			SECRET_KEY_FILE: 'data/secret.key',
			OUTBOUND_ALLOW_PRIVATE: false,
			OUTBOUND_STEP_TIMEOUT_MS: 5000,
			OUTBOUND_CHECK_TIMEOUT_MS: 20000,
			SUPPORTED_LANGUAGES: ['en', 'fr'],
			SESSION_IDLE_MINUTES: 10,
			SEED_DEMO: true,
			AUDIT_RETENTION_DAYS: 180,
			BILL_UNLOCK_MINUTES: 5,
			DEMO_ADMIN_EMAIL: 'admin@demo.example'
		});
	});

	it('derives the origin from PORT, and normalises an explicit ORIGIN', () => {
		expect(loadConfig({ PORT: '8080' }).ORIGIN).toBe('http://localhost:8080');
		expect(loadConfig({ ORIGIN: 'https://portal.example.com/' }).ORIGIN).toBe(
			'https://portal.example.com'
		);
	});

	it('reads SUPPORTED_LANGUAGES, SEED_DEMO and SESSION_IDLE_MINUTES', () => {
		const c = loadConfig({
			SUPPORTED_LANGUAGES: ' FR , en',
			SEED_DEMO: '0',
			SESSION_IDLE_MINUTES: '30'
		});
		expect(c).toMatchObject({
			SUPPORTED_LANGUAGES: ['fr', 'en'],
			SEED_DEMO: false,
			SESSION_IDLE_MINUTES: 30
		});
		expect(loadConfig({ SEED_DEMO: '' }).SEED_DEMO).toBe(true);
	});

	it('puts the secret key beside the database unless SECRET_KEY_FILE says otherwise', () => {
		expect(loadConfig({ DATABASE_PATH: '/srv/portal/db.sqlite' }).SECRET_KEY_FILE).toBe(
			'/srv/portal/secret.key'
		);
		expect(loadConfig({ SECRET_KEY_FILE: '/etc/portal/key' }).SECRET_KEY_FILE).toBe(
			'/etc/portal/key'
		);
		expect(loadConfig({ BILL_TAX_PERCENT: '14.975' }).BILL_TAX_PERCENT).toBe('14.975');
	});

	it('refuses bad values with a message naming the variable', () => {
		for (const env of [
			{ PORT: 'eighty' },
			{ ORIGIN: 'ftp://x' },
			{ SUPPORTED_LANGUAGES: 'en,de' },
			{ SUPPORTED_LANGUAGES: 'en,en' },
			{ SUPPORTED_LANGUAGES: ',' },
			{ SEED_DEMO: 'maybe' },
			{ DEMO_ADMIN_PASSWORD: 'short' },
			{ BILL_TAX_PERCENT: '15%' },
			{ BILL_TAX_PERCENT: '14.97501' },
			{ BILL_UNLOCK_MINUTES: '0' },
			{ OUTBOUND_ALLOW_PRIVATE: 'sometimes' },
			{ OUTBOUND_STEP_TIMEOUT_MS: '10' }
		]) {
			const name = Object.keys(env)[0];
			expect(() => loadConfig(env), name).toThrow(ConfigError);
			expect(() => loadConfig(env), name).toThrow(name);
		}
	});
});
