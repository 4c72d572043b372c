/** One example record per schema version, keyed by version (see ../index.ts). */
import { EXAMPLE_V1 } from './v1';

export const EXAMPLES: Readonly<Record<number, Readonly<Record<string, unknown>>>> = {
  1: EXAMPLE_V1,
};
