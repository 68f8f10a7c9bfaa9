// The three example forms: realistic content for development, the seed and the tests. Each passes
// `pruefeDefinition` (see test/beispiele.test.ts).

import { bewohnerparkausweis } from "./bewohnerparkausweis.ts";
import { hundesteuerAnmeldung } from "./hundesteuer-anmeldung.ts";
import { meldebescheinigung } from "./meldebescheinigung.ts";

export { bewohnerparkausweis, hundesteuerAnmeldung, meldebescheinigung };
export const BEISPIELE = [meldebescheinigung, hundesteuerAnmeldung, bewohnerparkausweis] as const;
