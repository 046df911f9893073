// Loaded on demand by validate.ts: wording validation problems is needed only when a check fails,
// so the code that does it stays out of a page whose data is valid.
export { toProblems } from '@luton2040/schema';
