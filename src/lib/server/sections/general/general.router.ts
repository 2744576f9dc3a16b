import { generalUpdateSchema } from '$lib/schemas/general';
import { actorOf } from '../../audit/audit';
import { protectedProcedure, router } from '../../trpc/init';
import { saveGeneral } from './general.service';

export const generalRouter = router({
	/** Name, country, telephony provider and languages; new languages apply from the next call. */
	update: protectedProcedure
		.input(generalUpdateSchema)
		.mutation(({ ctx, input }) => saveGeneral(ctx.runtime, ctx.companyId, input, actorOf(ctx)))
});
