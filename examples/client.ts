// A developer's script: sign in, then call the typed API over HTTP, as README.md shows.
import { createTRPCProxyClient, httpBatchLink } from '@trpc/client';
import type { AppRouter } from '../src/lib/server/trpc/router';

/** A typed client signed in as `email`; the session travels as the portal's cookie. */
export async function connect(origin: string, email: string, password: string) {
	let cookie = '';
	const client = createTRPCProxyClient<AppRouter>({
		links: [
			httpBatchLink({
				url: `${origin}/trpc`,
				// Mutations are refused unless they carry the portal's own Origin.
				headers: () => ({ origin, ...(cookie && { cookie }) }),
				async fetch(url, init) {
					const res = await fetch(url, init);
					const session = res.headers.getSetCookie().find((c) => c.startsWith('session='));
					if (session) cookie = session.split(';')[0];
					return res;
				}
			})
		]
	});
	await client.auth.login.mutate({ email, password });
	return client;
}
