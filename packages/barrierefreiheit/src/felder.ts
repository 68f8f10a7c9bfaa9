/**
 * The fields of the "report a barrier" form, without zod: the form is a client component, and
 * importing these from ./types.ts (which defines the zod schemas) put zod into the browser
 * bundle (32.5 kB gzipped). The schemas import their limits from here, so there is one definition.
 */

/** The fields of a report, in page order, with their length limits in characters. */
export const FELDER = { beschreibung: 5000, seite: 500, name: 200, email: 254 } as const;
export type BarriereFeld = keyof typeof FELDER;
export const BARRIERE_FELDER = Object.keys(FELDER) as BarriereFeld[];
