import { error } from '@sveltejs/kit';
import { allowCheck } from '$lib/server/check-quota';
import { actorOf } from '$lib/server/audit/audit';
import { AppError } from '$lib/server/errors';
import { getRuntime } from '$lib/server/app';
import { logError } from '$lib/server/log';
import { runImport } from '$lib/server/sections/provisioning/import.service';
import { describeError } from '$lib/server/trpc/errors';
import type { RequestHandler } from './$types';

/**
 * The import with its progress: one JSON line per phase, then the result (or the refusal).
 * The page reads it as it comes; without JavaScript the page's ?/import action does the same
 * import without progress. Same rules as the tRPC mutation: signed in, and the portal's origin.
 */
export const POST: RequestHandler = async ({ locals, request, url, getClientAddress }) => {
	if (!locals.session) error(401, 'Sign in to continue.');
	if (request.headers.get('origin') !== url.origin) error(403, 'Cross-origin request refused.');
	const { companyId } = locals.session.administrator;
	const actor = actorOf({
		session: locals.session,
		request: {
			ip: getClientAddress(),
			userAgent: request.headers.get('user-agent'),
			origin: url.origin,
			portalOrigin: url.origin
		}
	});
	const locale = locals.locale;
	const encoder = new TextEncoder();
	const stream = new ReadableStream<Uint8Array>({
		async start(controller) {
			const send = (line: unknown) =>
				controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
			try {
				await allowCheck(getRuntime().db, companyId);
				const result = await runImport(getRuntime(), companyId, locale, (p) => send(p), actor);
				send({ result });
			} catch (e) {
				if (!(e instanceof AppError)) logError('provisioning import', e);
				send({ failure: describeError(e instanceof Error ? e : new Error(String(e)), locale) });
			}
			controller.close();
		}
	});
	return new Response(stream, {
		headers: { 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-store' }
	});
};
