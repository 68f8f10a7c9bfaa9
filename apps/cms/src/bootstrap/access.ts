import type { Core } from "@strapi/strapi";
import { errors } from "@strapi/utils";

const PUBLIC_TYPES = ["leistung", "organisationseinheit", "lebenslage", "seite", "meldung"];
const ZUORDNUNG = "api::redaktionszuordnung.redaktionszuordnung";
const ORG = "api::organisationseinheit.organisationseinheit";
const MELDUNG = "api::meldung.meldung";
/** Content types a municipal editor may change: only those entries whose gemeindeAgs is their own. */
const OWN_MUNICIPALITY_TYPES = [ORG, MELDUNG];
/** The condition's id as Strapi stores it on a permission (`api::` + name for conditions of the app). */
const CONDITION = "api::eigene-gemeinde";

const CM = "plugin::content-manager.explorer";
const READ = `${CM}.read`;

/**
 * What "Redaktion Kommune" may do besides reading everything (always under the condition). Municipal
 * editors maintain their own authority's contact data and their own news; the authorities
 * themselves come from the master data (seed), so they are neither created nor deleted here.
 */
const KOMMUNE_ACTIONS: Record<string, string[]> = {
  [ORG]: [`${CM}.update`, `${CM}.publish`],
  [MELDUNG]: [`${CM}.create`, `${CM}.update`, `${CM}.publish`, `${CM}.delete`],
};
/** Fields a municipal editor sees but cannot change: keys that the portal's responsibility rules rely on. */
const KOMMUNE_LOCKED_FIELDS: Record<string, string[]> = {
  [ORG]: ["schluessel", "art", "gemeindeAgs", "gebietArs"],
  [MELDUNG]: ["gemeindeAgs"],
};

/** The municipality (AGS) an admin account is bound to, or null (state editors, administrators). */
async function gemeindeOf(strapi: Core.Strapi, email: string | undefined): Promise<string | null> {
  if (!email) return null;
  const zuordnung = await strapi.db.query(ZUORDNUNG).findOne({ where: { adminUserEmail: { $eqi: email } } });
  return zuordnung?.gemeindeAgs ?? null;
}

/**
 * Called from register(): the RBAC condition "Eigene Gemeinde" and a Document Service guard.
 *
 * The condition turns into a query filter on gemeindeAgs, which Strapi applies to read, update,
 * publish and delete. Strapi 5 does not check conditions on create (the content manager has a
 * TODO for it) nor when a new locale of an existing document is added, so the guard enforces the
 * binding for admin-panel requests of bound editors on every write: a new entry gets the editor's
 * own AGS, and an existing entry of another municipality cannot be written at all.
 */
export async function registerAccessControl(strapi: Core.Strapi) {
  await strapi.admin.services.permission.conditionProvider.register({
    displayName: "Eigene Gemeinde",
    name: "eigene-gemeinde",
    async handler(user: { email: string }) {
      // Without a binding the filter matches nothing.
      return { gemeindeAgs: { $eq: (await gemeindeOf(strapi, user.email)) ?? "-" } };
    },
  });

  strapi.documents.use(async (context, next) => {
    if (!OWN_MUNICIPALITY_TYPES.includes(context.uid)) return next();
    if (["findOne", "findMany", "findFirst", "count"].includes(context.action)) return next();
    const ctx = strapi.requestContext.get();
    // Only admin-panel requests carry an editor; seeding and the public API have none.
    if (ctx?.state?.auth?.strategy?.name !== "admin") return next();
    const ags = await gemeindeOf(strapi, ctx.state.user?.email);
    if (!ags) return next();

    const params = context.params as { documentId?: string; data?: Record<string, unknown> };
    if (params.documentId) {
      const entries = await strapi.db
        .query(context.uid)
        .findMany({ where: { documentId: params.documentId }, select: ["gemeindeAgs"] });
      if (entries.some((e: { gemeindeAgs: string | null }) => e.gemeindeAgs !== ags)) {
        throw new errors.ForbiddenError("Dieser Eintrag gehört nicht zu Ihrer Gemeinde.");
      }
    }
    if (params.data && (context.action === "create" || context.action === "update")) {
      params.data = { ...params.data, gemeindeAgs: ags };
    }
    return next();
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

type Permission = {
  action: string;
  subject: string | null;
  properties: { fields?: string[]; locales?: string[] } & Record<string, unknown>;
  conditions: string[];
};

async function ensureUser(
  strapi: Core.Strapi,
  { email, password, firstname, lastname, roleId }: { email?: string; password?: string; firstname: string; lastname: string; roleId: number },
) {
  if (!email || !password) return;
  const existing = await strapi.db.query("admin::user").findOne({ where: { email: { $eqi: email } } });
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

async function ensureRole(strapi: Core.Strapi, code: string, name: string, description: string) {
  const existing = await strapi.db.query("admin::role").findOne({ where: { code } });
  if (existing) return existing;
  return strapi.admin.services.role.create({ name, code, description });
}

/**
 * The super admin, the state editorial role "Redaktion Land" (every content type) and the
 * municipal role "Redaktion Kommune" (reads everything, changes only its own municipality's
 * Organisationseinheit and Meldungen), with one demo account each from the environment.
 * Permissions are reassigned on every start, so a changed content model reaches the roles.
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
  // the template for both editorial roles, opened to both locales. The editor bindings
  // (Redaktionszuordnung) stay with the administrators.
  const contentTypes = strapi.contentTypes as unknown as Record<string, { pluginOptions?: { i18n?: { localized?: boolean } } }>;
  const template: Permission[] = (await strapi.db.query("admin::permission").findMany({ where: { role: superAdmin.id } }))
    .filter((p: Permission) => p.action.startsWith(`${CM}.`) && p.subject?.startsWith("api::") && p.subject !== ZUORDNUNG)
    .map((p: Permission) => ({
      action: p.action,
      subject: p.subject,
      properties: {
        ...(p.properties ?? {}),
        ...(contentTypes[p.subject ?? ""]?.pluginOptions?.i18n?.localized ? { locales: ["de", "en"] } : {}),
      },
      conditions: [],
    }));

  const land = await ensureRole(
    strapi,
    "redaktion-land",
    "Redaktion Land",
    "Landesredaktion: alle Leistungen, Behörden, Lebenslagen, Seiten und Meldungen",
  );
  await roles.assignPermissions(land.id, template);

  const kommune = await ensureRole(
    strapi,
    "redaktion-kommune",
    "Redaktion Kommune",
    "Kommunale Redaktion: liest alles, ändert nur Behörde und Meldungen der eigenen Gemeinde",
  );
  const kommunePermissions = template.flatMap((p): Permission[] => {
    if (p.action === READ) return [p];
    const subject = p.subject ?? "";
    if (!KOMMUNE_ACTIONS[subject]?.includes(p.action)) return [];
    const locked = KOMMUNE_LOCKED_FIELDS[subject] ?? [];
    const fields = p.properties.fields?.filter((f) => !locked.includes(f.split(".")[0] ?? f));
    return [{ ...p, properties: { ...p.properties, ...(fields ? { fields } : {}) }, conditions: [CONDITION] }];
  });
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
  if (municipal && process.env.CMS_MUNICIPAL_EDITOR_PASSWORD) {
    // The demo municipal editor works for the Landeshauptstadt Dresden.
    if (!(await gemeindeOf(strapi, municipal))) {
      await strapi.documents(ZUORDNUNG).create({ data: { adminUserEmail: municipal, gemeindeAgs: "14612000" } });
    }
  }
}
