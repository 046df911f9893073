import { createContext } from '@lit/context';
import type { LutonClient } from '@luton2040/sdk';

/** The SDK client that `<luton-data>` provides to every widget inside it. */
export const clientContext = createContext<LutonClient>(Symbol('luton2040-client'));
