import "server-only";

// Reports of barriers on the portal: the feedback route the accessibility statement must offer
// (§ 4 BfWebG, Art. 7 Directive (EU) 2016/2102).

export {
  aktenzeichen,
  barrieremeldungLimit,
  speichereBarrieremeldung,
} from "./services/barrieremeldung.ts";
export type { Eingang, NeueBarrieremeldung } from "./types.ts";
