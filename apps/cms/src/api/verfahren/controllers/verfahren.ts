import { factories } from "@strapi/strapi";

// REST responses carry the phases, questions and documents the portal needs, without the client asking.
const populate = {
  dokumente: { fields: ["url", "name", "mime", "size"] },
  phasen: true,
  fragen: true,
};

export default factories.createCoreController("api::verfahren.verfahren", () => ({
  async find(ctx) {
    ctx.query = { ...ctx.query, populate };
    return super.find(ctx);
  },
  async findOne(ctx) {
    ctx.query = { ...ctx.query, populate };
    return super.findOne(ctx);
  },
}));
