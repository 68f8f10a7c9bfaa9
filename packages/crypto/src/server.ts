import "server-only";

// Encryption for authorities (issue 9, item 5): one RSA key pair per Organisationseinheit;
// answers and attachments are encrypted to the authority's public key as compact JWE
// (RSA-OAEP-256 + A256GCM, as FIT-Connect) and decrypted only in the back office.

import { cryptoEnv } from "./env.ts";
import { dateiSchluesselablage, type Schluesselablage } from "./services/ablage.ts";

export { cryptoEnv } from "./env.ts";
export {
  dateiSchluesselablage,
  erzeugeFuerOes,
  type Schluesselablage,
  SchluesselFehlt,
} from "./services/ablage.ts";
export {
  EntschluesselungsFehler,
  entschluessele,
  erzeugeSchluesselpaar,
  verschluessele,
} from "./services/jwe.ts";

/** The keystore named by CRYPTO_SCHLUESSEL_VERZEICHNIS. */
export function schluesselablage(): Schluesselablage {
  return dateiSchluesselablage(cryptoEnv().CRYPTO_SCHLUESSEL_VERZEICHNIS);
}
