import type { NextRequest } from "next/server";
import { sendeSeite } from "@/lib/antragsseite";

// A page of an online form is a plain multipart POST here, with or without JavaScript, answered
// with 303 to the next page (post/redirect/get: a reload never sends a page twice). Like a
// server action, only a request from the portal's own pages is taken (Origin must match).

export async function POST(request: NextRequest): Promise<Response> {
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!origin || !host || new URL(origin).host !== host) {
    return new Response("Forbidden", { status: 403, headers: { "Content-Type": "text/plain" } });
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return new Response("Bad request", { status: 400, headers: { "Content-Type": "text/plain" } });
  }
  const ziel = await sendeSeite(form);
  return new Response(null, {
    status: 303,
    headers: { Location: ziel, "Cache-Control": "no-store" },
  });
}
