import { api } from '$lib/server/trpc/event';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({ profile: await api(event).profile.get() });
