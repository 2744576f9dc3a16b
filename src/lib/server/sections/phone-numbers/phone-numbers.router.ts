import { protectedProcedure, router } from '../../trpc/init';
import { numbersOf } from './phone-numbers.service';

export const phoneNumbersRouter = router({
	/** The company's phone numbers, unused ones included. */
	list: protectedProcedure.query(({ ctx }) => numbersOf(ctx.runtime.db, ctx.companyId))
});
