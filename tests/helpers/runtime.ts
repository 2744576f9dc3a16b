import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TRPCError } from '@trpc/server';
import type { Language } from '$lib/schemas/common';
import type { CountryCode } from '$lib/schemas/countries';
import { loadConfig } from '$lib/server/config';
import { migrateToLatest } from '$lib/server/db/migrator';
import { createRuntime, type Runtime } from '$lib/server/runtime';
import type { ServiceOptions } from '$lib/server/services';
import { createCompany } from '$lib/server/sections/company/company.service';
import type { Context } from '$lib/server/trpc/context';
import { describeError } from '$lib/server/trpc/errors';
import { createCaller } from '$lib/server/trpc/router';

export const PASSWORD = 'correct horse battery staple';

/**
 * A runtime on a temporary SQLite file migrated from zero (its secret key file beside it);
 * `close()` removes both. `services` sets the outside world: a resolver, trusted CAs, ports.
 */
export async function testRuntime(env: Record<string, string> = {}, services: ServiceOptions = {}) {
	const dir = mkdtempSync(join(tmpdir(), 'company-profile-test-'));
	const config = loadConfig({
		DATABASE_PATH: join(dir, 'portal.sqlite'),
		ORIGIN: 'http://portal.test',
		SEED_DEMO: '0',
		...env
	});
	const runtime = createRuntime(config, undefined, { serviceOptions: services });
	await migrateToLatest(runtime.db);
	return {
		runtime,
		dir,
		async close() {
			await runtime.db.destroy();
			rmSync(dir, { recursive: true, force: true });
		}
	};
}

let counter = 0;
/** A company with an administrator whose password is PASSWORD. */
export async function addCompany(
	runtime: Runtime,
	{
		name = `Company ${++counter}`,
		language = 'en',
		country = 'CA',
		keys = 0,
		offered
	}: {
		name?: string;
		language?: Language;
		country?: CountryCode;
		keys?: number;
		/** Offered packages, the first one Default. */
		offered?: string[];
	} = {}
) {
	const adminEmail = `admin-${counter}-${Date.now()}@${name.toLowerCase().replace(/\W+/g, '-')}.example`;
	const ids = await createCompany(
		runtime.db,
		{
			name,
			country,
			language,
			adminName: `Admin of ${name}`,
			adminEmail,
			adminPassword: PASSWORD
		},
		{ subscriptionKeys: keys, offered }
	);
	return { ...ids, email: adminEmail, name };
}

/**
 * Calls procedures the way a browser does: one cookie jar, the session validated on every
 * call (as hooks.server.ts does), and the request's Origin and language.
 */
export class Browser {
	token: string | undefined;
	constructor(
		private runtime: Runtime,
		public options: { origin?: string | null; locale?: Language; ip?: string } = {}
	) {}

	async api() {
		const { runtime } = this;
		const session = this.token ? await runtime.sessions.validate(this.token) : null;
		const ctx: Context = {
			runtime,
			request: {
				origin: this.options.origin === undefined ? runtime.config.ORIGIN : this.options.origin,
				portalOrigin: runtime.config.ORIGIN,
				ip: this.options.ip ?? '127.0.0.1',
				userAgent: 'vitest'
			},
			cookies: {
				set: (name, value) => void (name === runtime.sessions.cookieName && (this.token = value)),
				delete: (name) => void (name === runtime.sessions.cookieName && (this.token = undefined))
			},
			locale: this.options.locale ?? 'en',
			session
		};
		return createCaller(ctx);
	}

	async signIn(email: string, password = PASSWORD) {
		await (await this.api()).auth.login({ email, password });
		return this;
	}
}

/** The TRPCError a call is refused with: its tRPC code and the payload the client gets. */
export async function refusal(call: Promise<unknown>, locale: Language = 'en') {
	try {
		await call;
	} catch (e) {
		if (!(e instanceof TRPCError)) throw e;
		return { trpcCode: e.code, ...describeError(e, locale) };
	}
	throw new Error('expected the call to be refused');
}
