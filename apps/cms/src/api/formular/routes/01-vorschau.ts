// The draft of a Formular for the portal's preview page (src/vorschau.ts). `auth: false`: Strapi's
// read-only API tokens may only call find/findOne; the route checks the portal's read token and
// the preview signature itself.
export default {
  type: "content-api",
  routes: [
    {
      method: "GET",
      path: "/formulare/:documentId/vorschau",
      handler: "api::formular.formular.vorschau",
      config: { auth: false, policies: [], middlewares: [] },
    },
  ],
};
