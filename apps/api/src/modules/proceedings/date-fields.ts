// Imprecise-date columns for Prisma data: see common/imprecise-date.db.ts.
export { type ImpreciseDateData, impreciseDateData } from '../../common/imprecise-date.db';
