import { factories } from "@strapi/strapi";

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
}));
