import { factories } from "@strapi/strapi";

// REST responses carry every component and relation the portal needs, without the client asking.
const populate = { anschriften: true, oeffnungszeiten: true };

export default factories.createCoreController(
  "api::organisationseinheit.organisationseinheit",
  () => ({
    async find(ctx) {
      ctx.query = { ...ctx.query, populate };
      return super.find(ctx);
    },
    async findOne(ctx) {
      ctx.query = { ...ctx.query, populate };
      return super.findOne(ctx);
    },
  }),
);
