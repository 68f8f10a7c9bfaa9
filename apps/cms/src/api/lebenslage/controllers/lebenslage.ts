import { factories } from "@strapi/strapi";

// REST responses carry every component and relation the portal needs, without the client asking.
const populate = { parent: { fields: ["slug"] } };

export default factories.createCoreController("api::lebenslage.lebenslage", () => ({
  async find(ctx) {
    ctx.query = { ...ctx.query, populate };
    return super.find(ctx);
  },
  async findOne(ctx) {
    ctx.query = { ...ctx.query, populate };
    return super.findOne(ctx);
  },
}));
