import { factories } from "@strapi/strapi";
import { vorschauEntwurf } from "../../../vorschau";

// REST responses carry the Leistung's slug, which the portal files the form's versions under.
const populate = { leistung: { fields: ["slug"] } };

export default factories.createCoreController("api::formular.formular", () => ({
  async find(ctx) {
    ctx.query = { ...ctx.query, populate };
    return super.find(ctx);
  },
  async findOne(ctx) {
    ctx.query = { ...ctx.query, populate };
    return super.findOne(ctx);
  },
  /** The draft for the portal's preview page: read token and preview signature (src/vorschau.ts). */
  async vorschau(ctx) {
    // Koa's types do not know the router's `params`.
    await vorschauEntwurf(ctx as unknown as Parameters<typeof vorschauEntwurf>[0]);
  },
}));
