import { problem } from "@/lib/fachverfahren";

// Any other path under the API: a problem details 404 like every other error of the API, not
// the portal's HTML page (the API's clients are programs). Not part of the OpenAPI file: it
// documents what exists.
const nichtGefunden = () => problem("nicht-gefunden");

export const GET = nichtGefunden;
export const POST = nichtGefunden;
export const PUT = nichtGefunden;
export const PATCH = nichtGefunden;
export const DELETE = nichtGefunden;
