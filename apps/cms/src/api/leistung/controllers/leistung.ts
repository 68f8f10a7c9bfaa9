import { factories } from "@strapi/strapi";

// REST responses carry every component and relation the portal needs, without the client asking.
const populate = {"gebuehren": true, "rechtsgrundlagen": true, "weiterfuehrendeInformationen": true, "formulare": true, "zustaendigkeit": {"populate": {"ausnahmen": true, "weitereFaelle": {"populate": {"ausnahmen": true}}}}, "freigabe": true, "lebenslagen": {"fields": ["slug"]}};

export default factories.createCoreController("api::leistung.leistung", () => ({
  async find(ctx) {
    ctx.query = { ...ctx.query, populate };
    return super.find(ctx);
  },
  async findOne(ctx) {
    ctx.query = { ...ctx.query, populate };
    return super.findOne(ctx);
  },
}));
