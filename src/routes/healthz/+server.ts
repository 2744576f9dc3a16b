import { json } from '@sveltejs/kit';
import { getRuntime } from '$lib/server/app';
import { databaseAnswers } from '$lib/server/db/health';
import type { RequestHandler } from './$types';

// For load balancers: no session is read (hooks.server.ts lets this path through untouched),
// and the answer says whether the database answers.
export const GET: RequestHandler = async () => {
	const ok = await databaseAnswers(getRuntime().db);
	return json(
		{ status: ok ? 'ok' : 'unavailable' },
		{ status: ok ? 200 : 503, headers: { 'cache-control': 'no-store' } }
	);
};
