import { assistantUpdateSchema } from '$lib/schemas/assistant';
import { actorOf } from '../../audit/audit';
import { outboundProcedure, protectedProcedure, router } from '../../trpc/init';
import { checkMailbox, getAssistant, saveAssistant } from './assistant.service';

export const assistantRouter = router({
	get: protectedProcedure.query(({ ctx }) => getAssistant(ctx.runtime, ctx.companyId)),
	/** Messages sent from now on use the new name and e-mail. */
	update: protectedProcedure
		.input(assistantUpdateSchema)
		.mutation(({ ctx, input }) => saveAssistant(ctx.runtime, ctx.companyId, input, actorOf(ctx))),
	/** A test message from the assistant's mailbox to the administrator: { ok, steps }. */
	checkMailbox: outboundProcedure.mutation(({ ctx }) =>
		checkMailbox(
			ctx.runtime,
			ctx.companyId,
			{ email: ctx.administrator.email, language: ctx.locale },
			ctx.locale
		)
	)
});
