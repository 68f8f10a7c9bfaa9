import { findOrte } from "@/lib/data";

/** Place suggestions for the location input (JSON). Input is bounded; no match is an empty list. */
export async function GET(request: Request) {
  const q = (new URL(request.url).searchParams.get("q") ?? "").trim().slice(0, 100);
  if (q.length < 2) return Response.json({ orte: [] });
  const orte = await findOrte(q, 8);
  return Response.json({ orte }, { headers: { "Cache-Control": "public, max-age=300" } });
}
