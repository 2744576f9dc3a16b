import { json } from '@sveltejs/kit';
import { remainingMs } from '$lib/server/auth/lucia';
import type { RequestHandler } from './$types';

/**
 * How long this session has left without activity, for the page's "about to end" warning.
 * Asking does not count as activity (hooks.server.ts reads the session without sliding it), and
 * the answer is a duration, so the browser's clock need not agree with the server's.
 */
export const GET: RequestHandler = ({ locals }) => {
	const session = locals.session;
	return json(
		{
			signedIn: session !== null,
			remainingMs: session ? remainingMs(session) : 0
		},
		{ headers: { 'cache-control': 'no-store' } }
	);
};
