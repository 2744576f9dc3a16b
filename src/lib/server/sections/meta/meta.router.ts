import { protectedProcedure, publicProcedure, router } from '../../trpc/init';
import { getOptions } from './meta.service';

export const metaRouter = router({
	/** Answers without touching the database: for clients checking the API is up (and the bench's floor). */
	ping: publicProcedure.query(() => ({ ok: true as const })),
	/** The choices the forms offer, labelled in the caller's language. */
	options: protectedProcedure.query(({ ctx }) => getOptions(ctx.runtime, ctx.locale))
});
