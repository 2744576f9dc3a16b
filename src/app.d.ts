import type { Language } from '$lib/schemas/common';
import type { ValidSession } from '$lib/server/auth/lucia';

declare global {
	namespace App {
		interface Locals {
			session: ValidSession | null;
			/** Decided per request (hooks.server.ts), never kept in a shared store. */
			locale: Language;
			/** The reader's IANA time zone (the browser's, through a cookie), else UTC. */
			timeZone: string;
		}
		interface PageData {
			locale: Language;
		}
		interface Error {
			message: string;
		}
	}
}

export {};
