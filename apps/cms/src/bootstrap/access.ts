import type { Core } from "@strapi/strapi";
import { errors } from "@strapi/utils";
import { cmsEnv } from "../env";

const ZUORDNUNG = "api::redaktionszuordnung.redaktionszuordnung";
const ORG = "api::organisationseinheit.organisationseinheit";
const MELDUNG = "api::meldung.meldung";
const MANDANT = "api::mandant.mandant";
const VERFAHREN = "api::verfahren.verfahren";
/** Content types a municipal editor may change: only those entries whose gemeindeAgs is their own. */
const OWN_MUNICIPALITY_TYPES: readonly string[] = [ORG, MELDUNG, MANDANT, VERFAHREN];
/**
 * Content types a municipal editor may not even read beyond their own municipality (issue 11: a
 * municipality sees only its own participation procedures, drafts included, which may hold plans
 * not yet announced). Everything else they read in full, as the catalogue is shared.
 */
const OWN_MUNICIPALITY_READ_TYPES: readonly string[] = [VERFAHREN];
/** Master data: a municipal editor keeps the own entry up to date but never creates or deletes one. */
const NO_CREATE_TYPES: readonly string[] = [ORG, MANDANT];
/** Document Service actions that bring an entry into or out of existence. */
const CREATE_DELETE_ACTIONS: readonly string[] = ["create", "clone", "delete"];
/** The condition's id as Strapi stores it on a permission (`api::` + name for conditions of the app). */
const CONDITION = "api::eigene-gemeinde";
/** The role code of "Redaktion Kommune". */
const KOMMUNE = "redaktion-kommune";
/** Strapi's default roles, which this CMS does not use (its roles are "Redaktion Land" and "Redaktion Kommune"). */
const UNUSED_DEFAULT_ROLES = ["strapi-editor", "strapi-author"];
/** The admin-panel language of the accounts the bootstrap creates (each editor may switch in the profile). */
const EDITOR_LANGUAGE = "de";

const CM = "plugin::content-manager.explorer";
const READ = `${CM}.read`;
const UPLOAD = "plugin::upload";
/** Strapi's condition "is creator": only the files the editor uploaded. */
const IS_CREATOR = "admin::is-creator";
/**
 * The media library (logos of Mandanten, documents of Beteiligungsverfahren): as Strapi's own
 * Editor role for the state editors; for municipal editors as its Author role, so that they see
 * and change only the files they uploaded themselves (the library is shared by all tenants, and a
 * draft procedure's PDFs are as confidential as the draft).
 */
const UPLOAD_PERMISSIONS: { action: string; kommune: string[] }[] = [
  { action: `${UPLOAD}.read`, kommune: [IS_CREATOR] },
  { action: `${UPLOAD}.assets.create`, kommune: [] },
  { action: `${UPLOAD}.assets.update`, kommune: [IS_CREATOR] },
  { action: `${UPLOAD}.assets.download`, kommune: [] },
  { action: `${UPLOAD}.assets.copy-link`, kommune: [] },
];
const uploadPermissions = (rolle: "land" | "kommune"): Permission[] =>
  UPLOAD_PERMISSIONS.map((p) => ({
    action: p.action,
    subject: null,
    properties: {},
    conditions: rolle === "land" ? [] : p.kommune,
  }));

/** The Document Service actions that only read. Every other action writes (fail closed on new ones). */
const READ_ACTIONS: readonly string[] = ["findOne", "findMany", "findFirst", "count"];
/** Auth strategies of the admin panel: its session JWT and admin API tokens (acting as their owner). */
const ADMIN_STRATEGIES: readonly string[] = ["admin", "admin-token"];

/**
 * What "Redaktion Kommune" may do besides reading everything (always under the condition). Municipal
 * editors maintain their own authority's contact data and their own news; the authorities
 * themselves come from the master data (seed), so they are neither created nor deleted here.
 */
const KOMMUNE_ACTIONS: Record<string, string[]> = {
  [ORG]: [`${CM}.update`, `${CM}.publish`],
  [MELDUNG]: [`${CM}.create`, `${CM}.update`, `${CM}.publish`, `${CM}.delete`],
  [MANDANT]: [`${CM}.update`, `${CM}.publish`],
  [VERFAHREN]: [`${CM}.create`, `${CM}.update`, `${CM}.publish`, `${CM}.delete`],
};
/** Fields a municipal editor sees but cannot change: keys that the portal's responsibility rules rely on. */
const KOMMUNE_LOCKED_FIELDS: Record<string, string[]> = {
  [ORG]: ["schluessel", "art", "gemeindeAgs", "gebietArs"],
  [MELDUNG]: ["gemeindeAgs"],
  [MANDANT]: ["gemeindeAgs"],
  [VERFAHREN]: ["gemeindeAgs"],
};

type AdminRole = { id: number; code: string };
type AdminUser = {
  id: number;
  email: string;
  preferedLanguage?: string | null;
  roles?: AdminRole[];
};
type Permission = {
  action: string;
  subject: string | null;
  properties: { fields?: string[]; locales?: string[] } & Record<string, unknown>;
  conditions: string[];
};

/** The parts of @strapi/admin's services used here (Strapi types its services as `any`). */
type RoleService = {
  getSuperAdmin(): Promise<AdminRole>;
  create(role: { name: string; code: string; description: string }): Promise<AdminRole>;
  assignPermissions(roleId: number, permissions: Permission[]): Promise<unknown>;
  getUsersCount(roleId: number): Promise<number>;
  deleteByIds(ids: number[]): Promise<unknown>;
};
type UserService = {
  create(user: {
    email: string;
    password: string;
    firstname: string;
    lastname: string;
    isActive: boolean;
    registrationToken: null;
    roles: number[];
    preferedLanguage: string;
  }): Promise<AdminUser>;
};
type ConditionProvider = {
  register(condition: {
    displayName: string;
    name: string;
    handler(user: AdminUser): Promise<Record<string, unknown>>;
  }): Promise<unknown>;
};

const roleService = (strapi: Core.Strapi) => strapi.admin.services.role as RoleService;
const userService = (strapi: Core.Strapi) => strapi.admin.services.user as UserService;

/** The municipality (AGS) an admin account is bound to, or null (state editors, administrators). */
async function gemeindeOf(strapi: Core.Strapi, email: string | undefined): Promise<string | null> {
  if (!email) return null;
  const zuordnung: { gemeindeAgs: string | null } | null = await strapi.db
    .query(ZUORDNUNG)
    .findOne({ where: { adminUserEmail: { $eqi: email } }, select: ["gemeindeAgs"] });
  return zuordnung?.gemeindeAgs ?? null;
}

/** The admin account behind the current request, if it came through the admin panel's API. */
function currentAdminUser(strapi: Core.Strapi): AdminUser | null {
  const state = strapi.requestContext.get()?.state as
    | { auth?: { strategy?: { name?: string } }; user?: AdminUser }
    | undefined;
  if (!ADMIN_STRATEGIES.includes(state?.auth?.strategy?.name ?? "")) return null;
  return state?.user ?? null;
}

/**
 * A refusal the editor reads in the admin panel. PolicyError is Strapi's ForbiddenError (403) whose
 * message reaches the client: the route layer replaces the message of any other ForbiddenError
 * thrown below it by a bare "Forbidden" (@strapi/core, compose-endpoint.js).
 */
const forbidden = (message: string) => new errors.PolicyError(message);

/**
 * Called from register(): the RBAC condition "Eigene Gemeinde" and a Document Service guard.
 *
 * The condition turns into a query filter on gemeindeAgs, which Strapi applies to read, update,
 * publish and delete. Strapi 5 does not check conditions on create (the content manager has a
 * TODO for it) nor when a new locale of an existing document is added, so the guard enforces the
 * binding itself on every write of a municipal editor coming through the admin panel, whatever
 * the action (create, clone, update, new locale, publish, unpublish, discardDraft, delete and any
 * action a later Strapi adds): without a binding nothing can be written; with one, only their own
 * municipality's Organisationseinheit, Meldungen, Mandant and Beteiligungsverfahren, and a new
 * entry gets their own AGS. Reads of Beteiligungsverfahren by a municipal editor are filtered to
 * their own AGS here as well (and to nothing without a binding), so that no route of the admin
 * that forgets the condition shows another municipality's procedures.
 */
export async function registerAccessControl(strapi: Core.Strapi) {
  const { conditionProvider } = strapi.admin.services.permission as {
    conditionProvider: ConditionProvider;
  };
  await conditionProvider.register({
    displayName: "Eigene Gemeinde",
    name: "eigene-gemeinde",
    async handler(user) {
      // Without a binding the filter matches nothing.
      return { gemeindeAgs: { $eq: (await gemeindeOf(strapi, user.email)) ?? "-" } };
    },
  });

  strapi.documents.use(async (context, next) => {
    const reading = READ_ACTIONS.includes(context.action);
    if (reading && !OWN_MUNICIPALITY_READ_TYPES.includes(context.uid)) return next();
    // Only admin-panel requests carry an editor; seeding and the Content API have none.
    const user = currentAdminUser(strapi);
    if (!user) return next();
    const ags = await gemeindeOf(strapi, user.email);
    const municipal = user.roles?.some((role) => role.code === KOMMUNE) ?? false;
    if (reading) {
      if (!ags && !municipal) return next();
      // Fail closed: without a binding the filter matches nothing (no AGS is "-").
      const params = context.params as { filters?: Record<string, unknown> };
      const own = { gemeindeAgs: { $eq: ags ?? "-" } };
      params.filters = params.filters ? { $and: [params.filters, own] } : own;
      return next();
    }
    if (!ags) {
      if (!municipal) return next();
      throw forbidden(
        "Ihr Konto ist keiner Gemeinde zugeordnet, daher können Sie nichts ändern. Bitte wenden Sie sich an die Administration (Redaktionszuordnung).",
      );
    }
    if (!OWN_MUNICIPALITY_TYPES.includes(context.uid)) {
      throw forbidden(
        "Als kommunale Redaktion können Sie nur die Behörde, die Meldungen, den Mandanten und die Beteiligungsverfahren Ihrer Gemeinde ändern.",
      );
    }
    if (NO_CREATE_TYPES.includes(context.uid) && CREATE_DELETE_ACTIONS.includes(context.action)) {
      throw forbidden(
        "Behörden und Mandanten werden von der Landesredaktion angelegt und gelöscht; Sie können die Angaben Ihrer Gemeinde ändern.",
      );
    }

    const params = context.params as { documentId?: string; data?: Record<string, unknown> };
    if (params.documentId) {
      const entries: { gemeindeAgs: string | null }[] = await strapi.db
        .query(context.uid)
        .findMany({ where: { documentId: params.documentId }, select: ["gemeindeAgs"] });
      if (entries.some((entry) => entry.gemeindeAgs !== ags)) {
        throw forbidden("Dieser Eintrag gehört nicht zu Ihrer Gemeinde.");
      }
    }
    if (params.data) params.data = { ...params.data, gemeindeAgs: ags };
    return next();
  });
}

/**
 * Nobody reads content through the users-permissions roles: the portal reads with its own API token
 * (read-token.ts), and anything else has no business with the Content API. Databases from before
 * this rule still grant `find`/`findOne` to the public role, so every `api::` permission of those
 * roles is deleted on each start (also one an administrator may have ticked in the settings).
 */
export async function revokeUsersPermissionsContentAccess(strapi: Core.Strapi) {
  const permissions = strapi.db.query("plugin::users-permissions.permission");
  const granted: { id: number; action: string }[] = await permissions.findMany({
    where: { action: { $startsWith: "api::" } },
    select: ["id", "action"],
  });
  if (granted.length === 0) return;
  await permissions.deleteMany({ where: { id: { $in: granted.map((p) => p.id) } } });
  strapi.log.info(
    `[portal] removed ${granted.length} Content API permission(s) from users-permissions roles`,
  );
}

async function ensureUser(
  strapi: Core.Strapi,
  {
    email,
    password,
    firstname,
    lastname,
    roleId,
  }: { email?: string; password?: string; firstname: string; lastname: string; roleId: number },
) {
  if (!email || !password) return;
  const users = strapi.db.query("admin::user");
  const existing: AdminUser | null = await users.findOne({
    where: { email: { $eqi: email } },
    select: ["id", "preferedLanguage"],
  });
  if (existing) {
    // Accounts from before the admin panel spoke German; an editor's own choice is kept.
    if (!existing.preferedLanguage) {
      await users.update({
        where: { id: existing.id },
        data: { preferedLanguage: EDITOR_LANGUAGE },
      });
    }
    return;
  }
  await userService(strapi).create({
    email,
    password,
    firstname,
    lastname,
    isActive: true,
    registrationToken: null,
    roles: [roleId],
    preferedLanguage: EDITOR_LANGUAGE,
  });
  strapi.log.info(`[portal] admin account ${email} created`);
}

async function ensureRole(strapi: Core.Strapi, code: string, name: string, description: string) {
  const existing: AdminRole | null = await strapi.db
    .query("admin::role")
    .findOne({ where: { code } });
  return existing ?? roleService(strapi).create({ name, code, description });
}

/** Strapi creates "Editor" and "Author" on the first start; unused, they only confuse (kept while assigned). */
async function removeUnusedDefaultRoles(strapi: Core.Strapi) {
  const roles = roleService(strapi);
  for (const code of UNUSED_DEFAULT_ROLES) {
    const role: AdminRole | null = await strapi.db
      .query("admin::role")
      .findOne({ where: { code } });
    if (!role) continue;
    if ((await roles.getUsersCount(role.id)) > 0) {
      strapi.log.warn(`[portal] default role ${code} is kept: accounts still hold it`);
      continue;
    }
    await roles.deleteByIds([role.id]);
    strapi.log.info(`[portal] unused default role ${code} removed`);
  }
}

/**
 * The super admin, the state editorial role "Redaktion Land" (every content type) and the
 * municipal role "Redaktion Kommune" (reads everything but other municipalities'
 * Beteiligungsverfahren; changes only its own municipality's Organisationseinheit, Meldungen,
 * Mandant and Beteiligungsverfahren), with one demo account each from the environment.
 * Permissions are reassigned on every start, so a changed content model reaches the roles.
 */
export async function ensureEditors(strapi: Core.Strapi) {
  const roles = roleService(strapi);
  const superAdmin = await roles.getSuperAdmin();
  await ensureUser(strapi, {
    email: cmsEnv.adminEmail,
    password: cmsEnv.adminPassword,
    firstname: "Portal",
    lastname: "Administration",
    roleId: superAdmin.id,
  });

  // The super admin's permissions (synchronised by Strapi with every content type and field) are
  // the template for both editorial roles, opened to both locales. The editor bindings
  // (Redaktionszuordnung) stay with the administrators.
  const localized = (uid: string | null) => {
    const contentType = uid
      ? strapi.contentTypes[uid as keyof typeof strapi.contentTypes]
      : undefined;
    const i18n = contentType?.pluginOptions?.i18n as { localized?: boolean } | undefined;
    return i18n?.localized === true;
  };
  const superAdminPermissions: Permission[] = await strapi.db
    .query("admin::permission")
    .findMany({ where: { role: superAdmin.id } });
  const template: Permission[] = superAdminPermissions
    .filter(
      (p) =>
        p.action.startsWith(`${CM}.`) && p.subject?.startsWith("api::") && p.subject !== ZUORDNUNG,
    )
    .map((p) => ({
      action: p.action,
      subject: p.subject,
      properties: {
        ...(p.properties ?? {}),
        ...(localized(p.subject) ? { locales: ["de", "en"] } : {}),
      },
      conditions: [],
    }));

  const land = await ensureRole(
    strapi,
    "redaktion-land",
    "Redaktion Land",
    "Landesredaktion: alle Leistungen, Behörden, Lebenslagen, Seiten und Meldungen",
  );
  await roles.assignPermissions(land.id, [...template, ...uploadPermissions("land")]);

  const kommune = await ensureRole(
    strapi,
    KOMMUNE,
    "Redaktion Kommune",
    "Kommunale Redaktion: liest alles außer fremden Beteiligungsverfahren, ändert nur Behörde, Meldungen, Mandant und Beteiligungsverfahren der eigenen Gemeinde",
  );
  const kommunePermissions = template.flatMap((p): Permission[] => {
    if (p.action === READ) {
      return OWN_MUNICIPALITY_READ_TYPES.includes(p.subject ?? "")
        ? [{ ...p, conditions: [CONDITION] }]
        : [p];
    }
    const subject = p.subject ?? "";
    if (!KOMMUNE_ACTIONS[subject]?.includes(p.action)) return [];
    const locked = KOMMUNE_LOCKED_FIELDS[subject] ?? [];
    const fields = p.properties.fields?.filter((f) => !locked.includes(f.split(".")[0] ?? f));
    return [
      {
        ...p,
        properties: { ...p.properties, ...(fields ? { fields } : {}) },
        conditions: [CONDITION],
      },
    ];
  });
  await roles.assignPermissions(kommune.id, [
    ...kommunePermissions,
    ...uploadPermissions("kommune"),
  ]);
  await removeUnusedDefaultRoles(strapi);

  await ensureUser(strapi, {
    email: cmsEnv.editorEmail,
    password: cmsEnv.editorPassword,
    firstname: "Landes",
    lastname: "Redaktion",
    roleId: land.id,
  });
  const municipal = cmsEnv.municipalEditorEmail;
  await ensureUser(strapi, {
    email: municipal,
    password: cmsEnv.municipalEditorPassword,
    firstname: "Redaktion",
    lastname: "Dresden",
    roleId: kommune.id,
  });
  if (municipal && cmsEnv.municipalEditorPassword) {
    // The demo municipal editor works for the Landeshauptstadt Dresden.
    if (!(await gemeindeOf(strapi, municipal))) {
      await strapi
        .documents(ZUORDNUNG)
        .create({ data: { adminUserEmail: municipal, gemeindeAgs: "14612000" } });
    }
  }
}
