import {
	restrictionCheckSchema,
	restrictionCreateSchema,
	restrictionRemoveSchema,
	restrictionUpdateSchema
} from '$lib/schemas/call-restrictions';
import { actorOf } from '../../audit/audit';
import { protectedProcedure, router } from '../../trpc/init';
import {
	changeRestriction,
	checkNumber,
	createRestriction,
	removeRestriction,
	restrictionsOf
} from './call-restrictions.service';

export const callRestrictionsRouter = router({
	list: protectedProcedure.query(({ ctx }) => restrictionsOf(ctx.runtime.db, ctx.companyId)),
	create: protectedProcedure
		.input(restrictionCreateSchema)
		.mutation(({ ctx, input }) =>
			createRestriction(ctx.runtime.db, ctx.companyId, input, actorOf(ctx))
		),
	update: protectedProcedure
		.input(restrictionUpdateSchema)
		.mutation(({ ctx, input }) =>
			changeRestriction(ctx.runtime.db, ctx.companyId, input, actorOf(ctx))
		),
	remove: protectedProcedure.input(restrictionRemoveSchema).mutation(async ({ ctx, input }) => {
		await removeRestriction(ctx.runtime.db, ctx.companyId, input.id, actorOf(ctx));
		return { ok: true as const };
	}),
	/** The rule that applies to a dialled number (the most specific pattern) and its outcome. */
	check: protectedProcedure
		.input(restrictionCheckSchema)
		.query(({ ctx, input }) => checkNumber(ctx.runtime.db, ctx.companyId, input.number))
});
