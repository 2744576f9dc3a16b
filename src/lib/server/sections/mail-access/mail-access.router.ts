import { mailDetectSchema, mailSettingsSchema, mailTestSchema } from '$lib/schemas/mail-access';
import { actorOf } from '../../audit/audit';
import { outboundProcedure, protectedProcedure, router } from '../../trpc/init';
import { detectMail, getMailAccess, saveMail, testMail } from './mail-access.service';

export const mailAccessRouter = router({
	get: protectedProcedure.query(({ ctx }) => getMailAccess(ctx.runtime.db, ctx.companyId)),
	/** Saved as validated only when the last test passed with exactly these settings. */
	update: protectedProcedure
		.input(mailSettingsSchema)
		.mutation(({ ctx, input }) => saveMail(ctx.runtime.db, ctx.companyId, input, actorOf(ctx))),
	/** Step by step: { ok, steps, validated }. The login is used for this test only. */
	test: outboundProcedure
		.input(mailTestSchema)
		.mutation(({ ctx, input }) =>
			testMail(
				ctx.runtime,
				ctx.companyId,
				{ email: ctx.administrator.email, language: ctx.locale },
				input,
				ctx.locale
			)
		),
	/** "I don't know my settings": the usual names and ports of the domain that answer. */
	detect: outboundProcedure
		.input(mailDetectSchema)
		.mutation(({ ctx, input }) => detectMail(ctx.runtime, input.mailDomain))
});
