import type { Core } from "@strapi/strapi";

const PUBLIC_TYPES = ["leistung", "organisationseinheit", "lebenslage", "seite", "meldung"];
const CONDITION = "api::eigene-gemeinde";

/**
 * "Eigene Gemeinde": an editor of the role "Redaktion Kommune" may only change entries whose
 * gemeindeAgs is the municipality their account is bound to (collection Redaktionszuordnung).
 */
export async function registerConditions(strapi: Core.Strapi) {
  await strapi.admin.services.permission.conditionProvider.register({
    displayName: "Eigene Gemeinde",
    name: "eigene-gemeinde",
    async handler(user: { email: string }) {
      const zuordnung = await strapi.db
        .query("api::redaktionszuordnung.redaktionszuordnung")
        .findOne({ where: { adminUserEmail: user.email } });
      // Without a binding the filter matches nothing.
      return { gemeindeAgs: { $eq: zuordnung?.gemeindeAgs ?? "-" } };
    },
  });
}

/** Published content is public: the portal and anyone may read it over REST. */
export async function ensurePublicReadAccess(strapi: Core.Strapi) {
  const publicRole = await strapi.db.query("plugin::users-permissions.role").findOne({ where: { type: "public" } });
  if (!publicRole) return;
  for (const type of PUBLIC_TYPES) {
    for (const verb of ["find", "findOne"]) {
      const action = `api::${type}.${type}.${verb}`;
      const exists = await strapi.db
        .query("plugin::users-permissions.permission")
        .findOne({ where: { action, role: publicRole.id } });
      if (!exists) {
        await strapi.db.query("plugin::users-permissions.permission").create({ data: { action, role: publicRole.id } });
      }
    }
  }
}

type Permission = { action: string; subject: string | null; properties: Record<string, unknown>; conditions: string[] };

async function ensureUser(
  strapi: Core.Strapi,
  { email, password, firstname, lastname, roleId }: { email?: string; password?: string; firstname: string; lastname: string; roleId: number },
) {
  if (!email || !password) return;
  const existing = await strapi.db.query("admin::user").findOne({ where: { email } });
  if (existing) return;
  await strapi.admin.services.user.create({
    email,
    password,
    firstname,
    lastname,
    isActive: true,
    registrationToken: null,
    roles: [roleId],
  });
  strapi.log.info(`[portal] admin account ${email} created`);
}

/**
 * The super admin, the state editorial role "Redaktion Land" (every content type) and the
 * municipal role "Redaktion Kommune" (reads everything, changes only its own municipality's
 * Organisationseinheiten and Meldungen), with one demo account each from the environment.
 */
export async function ensureEditors(strapi: Core.Strapi) {
  const roles = strapi.admin.services.role;
  const superAdmin = await roles.getSuperAdmin();
  await ensureUser(strapi, {
    email: process.env.CMS_ADMIN_EMAIL,
    password: process.env.CMS_ADMIN_PASSWORD,
    firstname: "Portal",
    lastname: "Administration",
    roleId: superAdmin.id,
  });

  // The super admin's permissions (synchronised by Strapi with every content type and field) are
  // the template for both editorial roles, opened to both locales.
  const template: Permission[] = (
    await strapi.db.query("admin::permission").findMany({ where: { role: superAdmin.id } })
  )
    .filter((p: Permission) => p.action.startsWith("plugin::content-manager.explorer.") && p.subject?.startsWith("api::"))
    .map((p: Permission) => ({
      action: p.action,
      subject: p.subject,
      properties: {
        ...(p.properties ?? {}),
        ...((strapi.contentTypes as Record<string, any>)[p.subject ?? ""]?.pluginOptions?.i18n?.localized
          ? { locales: ["de", "en"] }
          : {}),
      },
      conditions: [],
    }));

  const land = await ensureRole(strapi, "redaktion-land", "Redaktion Land", "Landesredaktion: alle Leistungen, Behörden, Lebenslagen, Seiten und Meldungen");
  await roles.assignPermissions(land.id, template.filter((p) => p.subject !== "api::redaktionszuordnung.redaktionszuordnung"));

  const kommune = await ensureRole(strapi, "redaktion-kommune", "Redaktion Kommune", "Kommunale Redaktion: nur Einträge der eigenen Gemeinde");
  const own = ["api::organisationseinheit.organisationseinheit", "api::meldung.meldung"];
  const kommunePermissions = template
    .filter((p) => p.subject !== "api::redaktionszuordnung.redaktionszuordnung")
    .filter((p) => p.action === "plugin::content-manager.explorer.read" || own.includes(p.subject ?? ""))
    .map((p) =>
      own.includes(p.subject ?? "") && p.action !== "plugin::content-manager.explorer.read"
        ? { ...p, conditions: [CONDITION] }
        : p,
    );
  await roles.assignPermissions(kommune.id, kommunePermissions);

  await ensureUser(strapi, {
    email: process.env.CMS_EDITOR_EMAIL,
    password: process.env.CMS_EDITOR_PASSWORD,
    firstname: "Landes",
    lastname: "Redaktion",
    roleId: land.id,
  });
  const municipal = process.env.CMS_MUNICIPAL_EDITOR_EMAIL;
  await ensureUser(strapi, {
    email: municipal,
    password: process.env.CMS_MUNICIPAL_EDITOR_PASSWORD,
    firstname: "Redaktion",
    lastname: "Dresden",
    roleId: kommune.id,
  });
  if (municipal) {
    const zuordnung = strapi.db.query("api::redaktionszuordnung.redaktionszuordnung");
    if (!(await zuordnung.findOne({ where: { adminUserEmail: municipal } }))) {
      await zuordnung.create({ data: { adminUserEmail: municipal, gemeindeAgs: "14612000" } });
    }
  }
}

async function ensureRole(strapi: Core.Strapi, code: string, name: string, description: string) {
  const existing = await strapi.db.query("admin::role").findOne({ where: { code } });
  if (existing) return existing;
  return strapi.admin.services.role.create({ name, code, description });
}
