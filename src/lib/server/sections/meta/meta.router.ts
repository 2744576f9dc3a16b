import { protectedProcedure, router } from '../../trpc/init';
import { getOptions } from './meta.service';

export const metaRouter = router({
	/** The choices the forms offer, labelled in the caller's language. */
	options: protectedProcedure.query(({ ctx }) => getOptions(ctx.runtime, ctx.locale))
});
