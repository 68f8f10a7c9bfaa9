import { factories } from "@strapi/strapi";

// REST responses carry the logo (the portal keeps its URL), without the client asking.
const populate = { logo: { fields: ["url", "name", "mime", "size"] } };

export default factories.createCoreController("api::mandant.mandant", () => ({
  async find(ctx) {
    ctx.query = { ...ctx.query, populate };
    return super.find(ctx);
  },
  async findOne(ctx) {
    ctx.query = { ...ctx.query, populate };
    return super.findOne(ctx);
  },
}));
