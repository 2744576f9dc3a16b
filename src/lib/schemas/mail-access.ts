import { z } from 'zod';
import { SECURITIES, SERVER_TYPES } from '$lib/mail-presets';

export type { Security, ServerType } from '$lib/mail-presets';

// A host name (letters, digits, dashes, dots) or an IP address. Names are compared lower-case.
const HOSTNAME =
	/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;
const IPV6 = /^\[?[0-9a-f:.]+\]?$/;

export const hostSchema = z
	.string({ error: 'validation.required' })
	.trim()
	.toLowerCase()
	.min(1, 'validation.required')
	.refine((h) => HOSTNAME.test(h) || (h.includes(':') && IPV6.test(h)), 'validation.host');

export const portSchema = z
	.number({ error: 'validation.port' })
	.int('validation.port')
	.min(1, 'validation.port')
	.max(65535, 'validation.port');

export const mailDomainSchema = z
	.string({ error: 'validation.required' })
	.trim()
	.toLowerCase()
	.min(1, 'validation.required')
	.refine((d) => HOSTNAME.test(d) && d.includes('.'), 'validation.mailDomain');

const securitySchema = z.enum(SECURITIES, { error: 'validation.security' });

/** mailAccess.update: the settings, as saved. */
export const mailSettingsSchema = z.object({
	serverType: z.enum(SERVER_TYPES, { error: 'validation.serverType' }),
	host: hostSchema,
	port: portSchema,
	security: securitySchema,
	mailDomain: mailDomainSchema,
	smtpHost: hostSchema,
	smtpPort: portSchema,
	smtpSecurity: securitySchema
});

/** A mailbox login typed for one test, never stored. */
export const mailLoginSchema = z.object({
	username: z
		.string({ error: 'validation.required' })
		.trim()
		.min(1, 'validation.required')
		.max(254, 'validation.tooLong'),
	password: z
		.string({ error: 'validation.required' })
		.min(1, 'validation.required')
		.max(256, 'validation.tooLong')
});

/** mailAccess.test: settings (saved or not) and, optionally, a login for this test only. */
export const mailTestSchema = mailSettingsSchema.extend({ login: mailLoginSchema.optional() });

/** mailAccess.detect. */
export const mailDetectSchema = z.object({ mailDomain: mailDomainSchema });

export type MailSettings = z.output<typeof mailSettingsSchema>;
export type MailTest = z.output<typeof mailTestSchema>;
