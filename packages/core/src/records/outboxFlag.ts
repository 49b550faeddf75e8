/** localStorage flag while the outbox holds records: the main file reads it to know whether to flush. */
export const OUTBOX_FLAG = 'consentry-outbox';
