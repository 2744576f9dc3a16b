// The languages the portal itself is translated into; SUPPORTED_LANGUAGES picks among them.
// Kept free of zod so that the browser bundle, which needs them, does not load the schemas.

export const UI_LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof UI_LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
	return (UI_LANGUAGES as readonly unknown[]).includes(value);
}
