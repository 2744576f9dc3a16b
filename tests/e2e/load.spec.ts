import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import SQLite from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { accounts } from './helpers';

// 60 s (LOAD_SECONDS) of mixed reads and writes from 50 connections against the production
// server: no error, no 5xx, every write answered, and the database intact afterwards.

const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);

test('50 connections reading and writing for a minute get no error and leave the database intact', async ({
	baseURL
}) => {
	test.setTimeout((SECONDS + 60) * 1000);
	const login = await fetch(`${baseURL}/trpc/auth.login`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', origin: baseURL! },
		body: JSON.stringify({ email: accounts.load.email, password: accounts.load.password })
	});
	const cookie = login.headers
		.getSetCookie()
		.find((c) => c.startsWith('session='))!
		.split(';')[0];

	let n = 0;
	const result = await autocannon({
		url: baseURL!,
		connections: 50,
		duration: SECONDS,
		headers: { cookie, origin: baseURL! },
		requests: [
			{ method: 'GET', path: '/trpc/profile.get' },
			{ method: 'GET', path: '/profile' },
			{ method: 'GET', path: '/trpc/users.list,callRestrictions.list?batch=1&input=%7B%7D' },
			{
				method: 'POST',
				path: '/trpc/callRestrictions.create',
				headers: { 'content-type': 'application/json' },
				setupRequest: (req) => {
					n++;
					return {
						...req,
						body: JSON.stringify({
							name: `load ${n}`,
							pattern: String(10_000 + n),
							pbxSystem: null,
							rule: 'deny_all'
						})
					};
				}
			}
		]
	});
	const statuses = Object.fromEntries(
		Object.entries(result.statusCodeStats ?? {}).map(([code, s]) => [code, s.count])
	);
	console.log(
		`load: ${result.requests.total} requests in ${SECONDS} s, ${result.requests.average} req/s, p99 ${result.latency.p99} ms, statuses ${JSON.stringify(statuses)}`
	);
	expect(result.errors).toBe(0);
	expect(result.timeouts).toBe(0);
	expect(result.non2xx).toBe(0);
	expect(result.requests.total).toBeGreaterThan(SECONDS * 50);

	const { database } = JSON.parse(readFileSync('tests/.output/e2e-server.json', 'utf8'));
	const db = new SQLite(database, { readonly: true });
	try {
		expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
	} finally {
		db.close();
	}
});
