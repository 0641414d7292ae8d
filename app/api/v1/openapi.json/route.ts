import { getOpenApiDocument } from "@/lib/api/openapi/build-document";

/** The OpenAPI 3.1 document of the public API (public, generated from the handlers' zod schemas). */
export async function GET() {
  return Response.json(getOpenApiDocument(), { headers: { "cache-control": "public, max-age=300" } });
}
