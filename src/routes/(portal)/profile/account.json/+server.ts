import { api } from '$lib/server/trpc/event';
import type { RequestHandler } from './$types';

/** The company account as a JSON file to keep or to load into another system (profile.export). */
export const GET: RequestHandler = async (event) => {
	const account = await api(event).profile.export();
	const day = account.exportedAt.slice(0, 10);
	return new Response(JSON.stringify(account, null, 2) + '\n', {
		headers: {
			'content-type': 'application/json; charset=utf-8',
			'content-disposition': `attachment; filename="company-account-${day}.json"`,
			// Names, e-mail addresses and phone numbers of people: never kept by a browser or proxy.
			'cache-control': 'no-store'
		}
	});
};
