import type { Check } from '../outbound/check';
import { StepFailure } from '../outbound/check';
import type { OutboundGuard, Target } from '../outbound/guard';
import { resolveStep } from '../mail/probe';
import { requestJson } from './http';
import type { PbxAccess, PbxConnector, PbxNumber, PbxUser } from './types';

/**
 * Wazo Platform, through its documented REST APIs: wazo-auth issues a token for the account
 * (POST /api/auth/0.1/token with HTTP Basic credentials, answer `{ data: { token } }`), and
 * wazo-confd lists users (GET /api/confd/1.1/users) and incoming calls, whose extensions are the
 * company's phone numbers (GET /api/confd/1.1/incalls), both paged with limit/offset and
 * answering `{ items, total }`, authorised by the X-Auth-Token header.
 */
const PAGE = 100;
const MAX_ITEMS = 10_000;

interface Session {
	base: URL;
	target: Target;
	token: string;
}

interface WazoUser {
	uuid?: string;
	id?: number;
	firstname?: string | null;
	lastname?: string | null;
	email?: string | null;
	lines?: { extensions?: { exten?: string }[] }[];
}

interface WazoIncall {
	id?: number;
	extensions?: { id?: number; exten?: string }[];
	destination?: { type?: string; application?: string };
}

export function createWazoConnector(guard: OutboundGuard, ca?: string[]): PbxConnector {
	// One sign-in per check: listing users then numbers reuses the token.
	const sessions = new WeakMap<Check, Session>();

	async function session(check: Check, access: PbxAccess): Promise<Session> {
		const known = sessions.get(check);
		if (known) return known;
		if (!access.apiUrl) {
			return check.run('signIn', async () => {
				throw new StepFailure('checks.pbx.noAddress');
			});
		}
		const base = new URL(access.apiUrl);
		const target = await resolveStep(check, guard, base.hostname);
		const token = await check.run('signIn', async (signal) => {
			const basic = Buffer.from(`${access.accountId}:${access.password}`).toString('base64');
			const { status, body } = await requestJson({
				url: new URL('/api/auth/0.1/token', base),
				target,
				method: 'POST',
				headers: { authorization: `Basic ${basic}` },
				body: { expiration: 600 },
				signal,
				ca
			});
			if (status === 401 || status === 403) {
				throw new StepFailure('checks.signIn.rejected', { account: access.accountId });
			}
			const token = (body as { data?: { token?: unknown } } | null)?.data?.token;
			if (status !== 200 || typeof token !== 'string')
				throw new StepFailure('checks.pbx.badAnswer', { status });
			return { value: token, key: 'checks.signIn.ok', params: { account: access.accountId } };
		});
		const s = { base, target, token };
		sessions.set(check, s);
		return s;
	}

	async function list<T>(s: Session, path: string, signal: AbortSignal): Promise<T[]> {
		const items: T[] = [];
		for (let offset = 0; offset < MAX_ITEMS; offset += PAGE) {
			const url = new URL(`${path}?limit=${PAGE}&offset=${offset}`, s.base);
			const { status, body } = await requestJson({
				url,
				target: s.target,
				headers: { 'x-auth-token': s.token },
				signal,
				ca
			});
			if (status === 401 || status === 403)
				throw new StepFailure('checks.pbx.forbidden', { status });
			const page = body as { items?: unknown; total?: unknown } | null;
			if (status !== 200 || !Array.isArray(page?.items))
				throw new StepFailure('checks.pbx.badAnswer', { status });
			items.push(...(page.items as T[]));
			const total = typeof page.total === 'number' ? page.total : items.length;
			if (page.items.length < PAGE || items.length >= total) break;
		}
		return items;
	}

	async function listUsers(check: Check, access: PbxAccess): Promise<PbxUser[]> {
		const s = await session(check, access);
		return check.run('users', async (signal) => {
			const raw = await list<WazoUser>(s, '/api/confd/1.1/users', signal);
			const users = raw
				.filter((u) => u.uuid || u.id !== undefined)
				.map((u) => ({
					pbxId: String(u.uuid ?? u.id),
					firstName: (u.firstname ?? '').trim(),
					lastName: (u.lastname ?? '').trim(),
					email: u.email?.trim() || null,
					extension: u.lines?.[0]?.extensions?.[0]?.exten ?? null
				}));
			return { value: users, key: 'checks.users.ok', params: { count: users.length } };
		});
	}

	return {
		async testAccess(check, access) {
			await listUsers(check, access);
		},
		listUsers,
		async listPhoneNumbers(check, access) {
			const s = await session(check, access);
			return check.run('numbers', async (signal) => {
				const incalls = await list<WazoIncall>(s, '/api/confd/1.1/incalls', signal);
				const numbers: PbxNumber[] = incalls.flatMap((incall) =>
					(incall.extensions ?? [])
						.filter((e) => e.exten)
						.map((e) => ({
							pbxId: `incall-${incall.id}-${e.id ?? e.exten}`,
							number: String(e.exten),
							// Wazo routes a fax line to its fax_to_mail application.
							type:
								incall.destination?.application === 'fax_to_mail'
									? ('fax' as const)
									: ('voice' as const)
						}))
				);
				return { value: numbers, key: 'checks.numbers.ok', params: { count: numbers.length } };
			});
		}
	};
}
