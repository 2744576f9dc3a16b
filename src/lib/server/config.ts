import { dirname, join } from 'node:path';
import { z } from 'zod';
import { UI_LANGUAGES } from '$lib/schemas/common';

const flag = z
	.enum(['0', '1', 'true', 'false', 'yes', 'no'])
	.transform((v) => v === '1' || v === 'true' || v === 'yes');

const languageList = z
	.string()
	.transform((s) =>
		s
			.split(',')
			.map((l) => l.trim().toLowerCase())
			.filter(Boolean)
	)
	.pipe(
		z
			.array(
				z.enum(UI_LANGUAGES, { error: `each language must be one of ${UI_LANGUAGES.join(', ')}` })
			)
			.min(1, 'name at least one language')
			.refine((l) => new Set(l).size === l.length, 'a language is listed twice')
	);

/** The environment the portal reads, validated once at start-up (README: Configuration). */
const envSchema = z
	.object({
		NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
		PORT: z.coerce.number().int().min(1).max(65535).default(3000),
		ORIGIN: z.url({ protocol: /^https?$/ }).optional(),
		DATABASE_PATH: z.string().min(1).default('./data/company-profile.sqlite'),
		// The AES-256-GCM key of stored third-party secrets; beside the database when unset.
		SECRET_KEY_FILE: z.string().min(1).optional(),
		// Outbound checks (PBX, mail) may reach loopback and private networks only when set.
		OUTBOUND_ALLOW_PRIVATE: flag.default(false),
		OUTBOUND_STEP_TIMEOUT_MS: z.coerce.number().int().min(50).max(60_000).default(5000),
		OUTBOUND_CHECK_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(20_000),
		SUPPORTED_LANGUAGES: languageList.default(['en', 'fr']),
		SESSION_IDLE_MINUTES: z.coerce
			.number()
			.int()
			.min(1)
			.max(24 * 60)
			.default(10),
		SEED_DEMO: flag.default(true),
		// How long audit trail entries are kept.
		AUDIT_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(180),
		// How long a password re-entry opens the company bill, per session.
		BILL_UNLOCK_MINUTES: z.coerce.number().int().min(1).max(60).default(5),
		// The tax added to statements, in percent with up to 4 decimals ("14.975"); unset: none.
		BILL_TAX_PERCENT: z
			.string()
			.regex(/^\d{1,2}(\.\d{1,4})?$/, 'a percentage such as 5 or 14.975')
			.optional(),
		DEMO_ADMIN_EMAIL: z.email().default('admin@demo.example'),
		DEMO_ADMIN_PASSWORD: z.string().min(12).max(128).optional()
	})
	// The portal's own origin: mutations must carry it (and adapter-node builds URLs from it).
	.transform((c) => ({
		...c,
		ORIGIN: new URL(c.ORIGIN ?? `http://localhost:${c.PORT}`).origin,
		SECRET_KEY_FILE: c.SECRET_KEY_FILE ?? join(dirname(c.DATABASE_PATH), 'secret.key')
	}));

export type Config = z.infer<typeof envSchema>;

export class ConfigError extends Error {}

/** Reads the configuration from an environment; empty variables count as unset. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
	const present = Object.fromEntries(
		Object.entries(env).filter(([, v]) => v !== undefined && v !== '')
	);
	const result = envSchema.safeParse(present);
	if (!result.success) {
		const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
		throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
	}
	return result.data;
}
