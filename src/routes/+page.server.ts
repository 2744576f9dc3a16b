import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

// Only signed-in requests get here (hooks.server.ts sends the others to /login).
export const load: PageServerLoad = () => redirect(303, '/profile');
