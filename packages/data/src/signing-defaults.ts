// Kept apart from signing.ts so that the CLI's help text can give the default without loading
// the signing code.
/** How long a signature vouches for a record unless told otherwise: the registry re-signs at least monthly. */
export const DEFAULT_VALID_DAYS = 31;
