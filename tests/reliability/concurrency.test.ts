import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addCompany, Browser, testRuntime } from '../helpers/runtime';

// 50 clients save the same section at once, each from the version it read: every write either
// applies or is refused as a CONFLICT; nothing is lost silently, and the last applied write is
// what remains.

let env: Awaited<ReturnType<typeof testRuntime>>;
beforeAll(async () => {
	env = await testRuntime();
});
afterAll(() => env.close());

it('50 administrators saving General information at once: each write applies or conflicts, none is lost', async () => {
	const company = await addCompany(env.runtime, { name: 'Race Inc' });
	const clients = await Promise.all(
		Array.from({ length: 50 }, async () =>
			(await new Browser(env.runtime).signIn(company.email)).api()
		)
	);
	const start = (await clients[0].profile.get()).general;
	const applied: { version: number; name: string }[] = [];
	let conflicts = 0;

	// Each client tries three times, re-reading after a conflict, as the page's "load the latest
	// version" does.
	await Promise.all(
		clients.map(async (api, i) => {
			for (let attempt = 0; attempt < 3; attempt++) {
				const current = (await api.profile.get()).general;
				const name = `Writer ${i} attempt ${attempt}`;
				try {
					const saved = await api.general.update({
						...current,
						name,
						expectedVersion: current.version
					});
					applied.push({ version: saved.version, name });
					return;
				} catch (e) {
					if (!(e instanceof TRPCError) || e.code !== 'CONFLICT') throw e;
					conflicts++;
				}
			}
		})
	);

	const end = (await clients[0].profile.get()).general;
	// Every applied write moved the version by exactly one, each to a different version.
	expect(new Set(applied.map((a) => a.version)).size).toBe(applied.length);
	expect(end.version).toBe(start.version + applied.length);
	// The row holds the write that reached the last version.
	const last = applied.reduce((a, b) => (b.version > a.version ? b : a));
	expect(end.name).toBe(last.name);
	expect(applied.length + conflicts).toBeGreaterThanOrEqual(50);
	expect(applied.length).toBeGreaterThan(1);
});
