import { z } from 'zod';
import { AUDIT_SECTIONS } from '$lib/audit-sections';
import { isTimeZone } from '$lib/time-zone';

export { AUDIT_SECTIONS };

const day = z.string({ error: 'validation.day' }).regex(/^\d{4}-\d{2}-\d{2}$/, 'validation.day');

/** audit.list: filters (all optional) and the page. */
export const auditListSchema = z.object({
	section: z.enum(AUDIT_SECTIONS, { error: 'validation.invalid' }).optional(),
	actor: z.string({ error: 'validation.invalid' }).max(254, 'validation.tooLong').optional(),
	/** First day included, in `timeZone`. */
	from: day.optional(),
	/** Last day included, in `timeZone`. */
	to: day.optional(),
	/** The IANA time zone whose days `from` and `to` are ("America/Toronto"); UTC by default. */
	timeZone: z
		.string({ error: 'validation.invalid' })
		.refine(isTimeZone, 'validation.invalid')
		.default('UTC'),
	/** The next page: entries older than this id. */
	before: z.number({ error: 'validation.invalid' }).int().min(1).optional(),
	limit: z.number({ error: 'validation.invalid' }).int().min(1).max(1000).default(50)
});

export type AuditList = z.output<typeof auditListSchema>;
