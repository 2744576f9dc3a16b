import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Context } from '$lib/server/trpc/context';
import { appRouter } from '$lib/server/trpc/router';
import { testRuntime } from '../helpers/runtime';

// The wire format that every HTTP client sees: plain JSON, translated messages, no stack.

let t: Awaited<ReturnType<typeof testRuntime>>;
beforeAll(async () => {
	t = await testRuntime();
});
afterAll(() => t.close());

function call(path: string, init: RequestInit = {}, locale: Context['locale'] = 'en') {
	const req = new Request(`${t.runtime.config.ORIGIN}/trpc/${path}`, init);
	return fetchRequestHandler({
		endpoint: '/trpc',
		req,
		router: appRouter,
		createContext: (): Context => ({
			runtime: t.runtime,
			request: {
				origin: req.headers.get('origin'),
				portalOrigin: t.runtime.config.ORIGIN,
				ip: '127.0.0.1',
				userAgent: null
			},
			cookies: { set() {}, delete() {} },
			locale,
			session: null
		})
	});
}

describe('the HTTP API', () => {
	it('answers a refused call with a stable code and a message in the caller’s language', async () => {
		const res = await call('profile.get', {}, 'fr');
		expect(res.status).toBe(401);
		const body = await res.json();
		expect(body.error.data).toEqual({
			code: 'UNAUTHENTICATED',
			httpStatus: 401,
			path: 'profile.get',
			fieldErrors: {}
		});
		expect(body.error.message).toBe('Connectez-vous pour continuer.');
	});

	it('never runs a mutation sent with GET (tRPC 10 looks for a query of that name)', async () => {
		const res = await call('general.update');
		expect(res.status).toBe(404);
		expect((await res.json()).error.data.code).toBe('NOT_FOUND');
	});

	it('an unexpected failure answers a generic message and never a stack trace', async () => {
		const broken = await testRuntime();
		await broken.runtime.db.destroy(); // every query now fails inside the driver
		const original = t.runtime;
		t = { ...t, runtime: broken.runtime };
		try {
			const res = await call('auth.login', {
				method: 'POST',
				headers: { 'content-type': 'application/json', origin: original.config.ORIGIN },
				body: JSON.stringify({ email: 'a@b.example', password: 'whatever it is' })
			});
			expect(res.status).toBe(500);
			const text = await res.text();
			expect(text).not.toMatch(/stack|at .*\(|\.ts:\d+|node_modules|driver/i);
			expect(JSON.parse(text).error).toMatchObject({
				message: 'Something went wrong on our side. Nothing was changed; try again in a moment.',
				data: { code: 'INTERNAL', httpStatus: 500 }
			});
		} finally {
			t = { ...t, runtime: original };
			await broken.close().catch(() => undefined);
		}
	});
});
