import { TRPCError } from '@trpc/server';
import type { DB } from '$lib/server/db';
import { appRouter } from '$lib/server/trpc/router';

// Every procedure of AppRouter, read from the router itself, so that a suite that walks them
// cannot forget one added later.

interface ProcedureDef {
	_def: {
		type?: 'query' | 'mutation' | 'subscription';
		query?: boolean;
		mutation?: boolean;
		inputs: unknown[];
	};
}

export interface ProcedureInfo {
	path: string;
	type: 'query' | 'mutation';
	hasInput: boolean;
}

export function allProcedures(): ProcedureInfo[] {
	const procedures = appRouter._def.procedures as unknown as Record<string, ProcedureDef>;
	return Object.entries(procedures).map(([path, p]) => ({
		path,
		type: (p._def.type ?? (p._def.mutation ? 'mutation' : 'query')) as 'query' | 'mutation',
		hasInput: p._def.inputs.length > 0
	}));
}

/** Calls `path` ("users.remove") on a caller made by createCaller. */
export function callPath(caller: unknown, path: string, input?: unknown): Promise<unknown> {
	const fn = path
		.split('.')
		.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller);
	return (fn as (input?: unknown) => Promise<unknown>)(input);
}

/** The outcome of a call: its value, or the refusal's tRPC code. */
export async function outcome(
	call: Promise<unknown>
): Promise<{ ok: true; value: unknown } | { ok: false; code: string; error: TRPCError }> {
	try {
		return { ok: true, value: await call };
	} catch (e) {
		if (e instanceof TRPCError) return { ok: false, code: e.code, error: e };
		throw e;
	}
}

const TABLES = [
	'company',
	'administrator',
	'provisioning_access',
	'session',
	'company_package',
	'company_user',
	'user_package',
	'call_restriction',
	'phone_number',
	'mail_access',
	'mail_access_test',
	'subscription',
	'call_record',
	'bill_unlock',
	'service_package',
	'phone_system'
] as const;

/** Every row of the data tables, in a stable order, for comparing before and after. */
export async function snapshot(
	db: DB,
	tables: readonly (typeof TABLES)[number][] = TABLES
): Promise<string> {
	const parts: Record<string, unknown[]> = {};
	for (const table of tables) {
		const rows = (await db.selectFrom(table).selectAll().execute()) as Record<string, unknown>[];
		parts[table] = rows.map((r) => JSON.stringify(r)).sort();
	}
	return JSON.stringify(parts);
}

/** Every row that belongs to one company, across the tables, in a stable order. */
export async function companyRows(db: DB, companyId: string): Promise<string> {
	const byCompany = [
		'company_package',
		'company_user',
		'call_restriction',
		'phone_number',
		'mail_access',
		'mail_access_test',
		'subscription',
		'call_record',
		'provisioning_access'
	] as const;
	const parts: Record<string, string[]> = {};
	const sorted = (rows: unknown[]) => rows.map((r) => JSON.stringify(r)).sort();
	parts.company = sorted(
		await db.selectFrom('company').selectAll().where('id', '=', companyId).execute()
	);
	const admins = await db
		.selectFrom('administrator')
		.selectAll()
		.where('company_id', '=', companyId)
		.execute();
	parts.administrator = sorted(admins);
	for (const table of byCompany) {
		parts[table] = sorted(
			await db.selectFrom(table).selectAll().where('company_id', '=', companyId).execute()
		);
	}
	const sessions = admins.length
		? await db
				.selectFrom('session')
				.select(['id', 'administrator_id', 'created_at'])
				.where(
					'administrator_id',
					'in',
					admins.map((a) => a.id)
				)
				.execute()
		: [];
	parts.session = sorted(sessions);
	parts.bill_unlock = sorted(
		sessions.length
			? await db
					.selectFrom('bill_unlock')
					.selectAll()
					.where(
						'session_id',
						'in',
						sessions.map((s) => s.id)
					)
					.execute()
			: []
	);
	const users = await db
		.selectFrom('company_user')
		.select('id')
		.where('company_id', '=', companyId)
		.execute();
	parts.user_package = sorted(
		users.length
			? await db
					.selectFrom('user_package')
					.selectAll()
					.where(
						'user_id',
						'in',
						users.map((u) => u.id)
					)
					.execute()
			: []
	);
	return JSON.stringify(parts);
}
