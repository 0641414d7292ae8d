import type { IntegrationMetaInput } from "../index";
import { firstParty, read, scimSteps, t, write } from "../helpers";

/** Collaboration tools provisioned over SCIM (team communication, identity & access). */
export const collaborationIntegrations: IntegrationMetaInput[] = [
  {
    slug: "notion",
    name: "Notion",
    ...firstParty(),
    categories: ["team-communication", "identity-access"],
    summary: t(
      "Add new hires to your Notion workspace and remove leavers before they can export pages.",
      "Fügt neue Mitarbeitende Ihrem Notion-Workspace hinzu und entfernt Austritte, bevor Seiten exportiert werden können.",
    ),
    description: t(
      "Provisions Notion workspace members over SCIM 2.0 with name, email and job title. Leavers are removed from the workspace on their termination date, while their pages stay with the workspace. Group memberships can follow your departments.",
      "Stellt Mitglieder Ihres Notion-Workspace per SCIM 2.0 mit Name, E-Mail und Jobtitel bereit. Austritte werden zum Austrittsdatum aus dem Workspace entfernt, ihre Seiten verbleiben im Workspace. Gruppenmitgliedschaften können Ihren Abteilungen folgen.",
    ),
    pricing: { model: "included", note: t("Requires the Notion Enterprise plan.", "Erfordert den Notion-Tarif Enterprise.") },
    permissions: [...read("first_name", "last_name", "email", "position", "department", "status", "termination_date"), ...write("external_account_id")],
    setupSteps: scimSteps(
      t(
        "In Notion, open Settings → Identity & provisioning and generate a SCIM API token as a workspace owner.",
        "Öffnen Sie in Notion Einstellungen → Identität & Bereitstellung und erzeugen Sie als Workspace-Owner ein SCIM-API-Token.",
      ),
    ),
    logo: "/logos/notion.svg",
    connector: { kind: "scim", preset: { baseUrlPattern: "https://api.notion.com/scim/v2", requestsPerSecond: 3 } },
    monitoring: true,
    publishedAt: "2022-10-05",
  },
  {
    slug: "asana",
    name: "Asana",
    ...firstParty(),
    categories: ["team-communication"],
    summary: t(
      "Keep Asana members, titles and departments in sync with HR and deprovision leavers.",
      "Hält Asana-Mitglieder, Titel und Abteilungen mit HR synchron und entfernt Austritte.",
    ),
    description: t(
      "Creates and deactivates Asana users over SCIM, and keeps job title, department and manager up to date in their Asana profile. Tasks of leavers stay in place, so team leads can reassign them. Works with Asana Enterprise and Enterprise+.",
      "Legt Asana-Benutzer per SCIM an, deaktiviert sie und hält Jobtitel, Abteilung und Führungskraft im Asana-Profil aktuell. Aufgaben ausgeschiedener Personen bleiben erhalten, damit Teamleitungen sie neu zuweisen können. Funktioniert mit Asana Enterprise und Enterprise+.",
    ),
    pricing: { model: "included" },
    permissions: [...read("first_name", "last_name", "email", "position", "department", "manager", "status"), ...write("external_account_id")],
    setupSteps: scimSteps(
      t(
        "In the Asana admin console, create a service account with SCIM rights and copy its token.",
        "Erstellen Sie in der Asana-Admin-Konsole ein Dienstkonto mit SCIM-Rechten und kopieren Sie dessen Token.",
      ),
    ),
    logo: "/logos/asana.svg",
    connector: { kind: "scim", preset: { baseUrlPattern: "https://app.asana.com/api/1.0/scim", requestsPerSecond: 5 } },
    monitoring: true,
    publishedAt: "2023-05-22",
  },
  {
    slug: "miro",
    name: "Miro",
    ...firstParty(),
    categories: ["team-communication"],
    summary: t(
      "Give every new hire a Miro licence on day one and free it up automatically at offboarding.",
      "Gibt neuen Mitarbeitenden ab Tag eins eine Miro-Lizenz und gibt sie beim Offboarding automatisch frei.",
    ),
    description: t(
      "Provisions Miro users over SCIM 2.0 so licences follow your headcount instead of manual invites. Department is passed on for team assignment, and boards of leavers are kept for transfer. Runs are paced conservatively to stay within Miro's API limits.",
      "Stellt Miro-Benutzer per SCIM 2.0 bereit, sodass Lizenzen Ihrem Personalbestand folgen statt manueller Einladungen. Die Abteilung wird für die Team-Zuordnung übergeben, Boards ausgeschiedener Personen bleiben zur Übertragung erhalten. Die Läufe sind vorsichtig getaktet, um die API-Limits von Miro einzuhalten.",
    ),
    pricing: { model: "included", note: t("Requires the Miro Enterprise plan with SSO enabled.", "Erfordert den Miro-Tarif Enterprise mit aktiviertem SSO.") },
    permissions: [...read("first_name", "last_name", "email", "department", "status"), ...write("external_account_id")],
    setupSteps: scimSteps(
      t(
        "In Miro, open Company settings → Enterprise integrations, enable SCIM and copy the API token.",
        "Öffnen Sie in Miro Unternehmenseinstellungen → Enterprise-Integrationen, aktivieren Sie SCIM und kopieren Sie das API-Token.",
      ),
    ),
    logo: "/logos/miro.svg",
    connector: { kind: "scim", preset: { baseUrlPattern: "https://miro.com/api/v1/scim", requestsPerSecond: 5 } },
    monitoring: true,
    publishedAt: "2024-02-12",
  },
  {
    slug: "figma",
    name: "Figma",
    ...firstParty(),
    categories: ["team-communication", "identity-access"],
    summary: t(
      "Provision designers and developers in your Figma organization straight from HR.",
      "Stellt Designer und Entwickler in Ihrer Figma-Organisation direkt aus HR bereit.",
    ),
    description: t(
      "Creates and deactivates members of your Figma organization over SCIM, restricted to the departments you choose. Leavers lose access on their last day and their files stay in the organization. Seat changes show up in Monitoring for licence reviews.",
      "Legt Mitglieder Ihrer Figma-Organisation per SCIM an und deaktiviert sie – beschränkt auf die gewählten Abteilungen. Austritte verlieren am letzten Tag den Zugriff, ihre Dateien bleiben in der Organisation. Änderungen an Plätzen erscheinen im Monitoring für Lizenzprüfungen.",
    ),
    pricing: { model: "included", note: t("Requires a Figma Organization or Enterprise plan with SAML SSO.", "Erfordert einen Figma-Tarif Organization oder Enterprise mit SAML-SSO.") },
    permissions: [...read("first_name", "last_name", "email", "position", "department", "status"), ...write("external_account_id")],
    setupSteps: scimSteps(
      t(
        "In Figma, open Admin → Settings → SCIM provisioning, generate an API token and note your tenant ID.",
        "Öffnen Sie in Figma Admin → Einstellungen → SCIM-Bereitstellung, erzeugen Sie ein API-Token und notieren Sie Ihre Tenant-ID.",
      ),
      t(
        "Restrict the scope to design, product and engineering departments and review the attribute mapping.",
        "Beschränken Sie den Umfang auf Design, Produkt und Engineering und prüfen Sie das Attribut-Mapping.",
      ),
    ),
    logo: "/logos/figma.svg",
    connector: { kind: "scim", preset: { baseUrlPattern: "https://www.figma.com/scim/v2/{tenantId}", requestsPerSecond: 3 } },
    monitoring: true,
    publishedAt: "2025-01-20",
  },
  {
    slug: "webex",
    name: "Webex",
    ...firstParty(),
    categories: ["team-communication"],
    summary: t(
      "Create Webex users with the right calling and meeting settings for every new hire.",
      "Legt für alle Neuen Webex-Benutzer mit passenden Telefonie- und Meeting-Einstellungen an.",
    ),
    description: t(
      "Provisions Webex users in your Control Hub organization over the Webex SCIM 2 API, including phone number and office location for calling. Leavers are deactivated on their termination date. Use the employee scope to start with a single site.",
      "Stellt Webex-Benutzer in Ihrer Control-Hub-Organisation über die Webex-SCIM-2-API bereit, inklusive Telefonnummer und Standort für die Telefonie. Austritte werden zum Austrittsdatum deaktiviert. Über den Mitarbeiterumfang können Sie mit einem einzelnen Standort beginnen.",
    ),
    pricing: { model: "included" },
    permissions: [...read("first_name", "last_name", "email", "phone", "position", "department", "office", "status", "termination_date"), ...write("external_account_id")],
    setupSteps: scimSteps(
      t(
        "In Webex Control Hub, note your organization ID and create an integration token with the identity:people_rw scope.",
        "Notieren Sie in Webex Control Hub Ihre Organisations-ID und erstellen Sie ein Integrations-Token mit dem Scope identity:people_rw.",
      ),
    ),
    logo: "/logos/webex.svg",
    connector: { kind: "scim", preset: { baseUrlPattern: "https://webexapis.com/identity/scim/{orgId}/v2", requestsPerSecond: 5 } },
    monitoring: true,
    publishedAt: "2022-11-28",
  },
  {
    slug: "salesforce",
    name: "Salesforce",
    ...firstParty(),
    categories: ["identity-access"],
    summary: t(
      "Provision Salesforce users for sales and service teams and freeze them when people leave.",
      "Stellt Salesforce-Benutzer für Vertrieb und Service bereit und friert sie beim Austritt ein.",
    ),
    description: t(
      "Creates and deactivates users in your Salesforce org through its SCIM 2.0 endpoint, with title, department and manager from HR. A default profile is assigned to new users and can be changed per department in the mapping. Deactivation on the termination date frees the licence.",
      "Legt Benutzer in Ihrer Salesforce-Org über deren SCIM-2.0-Endpunkt an und deaktiviert sie, mit Titel, Abteilung und Führungskraft aus HR. Neue Benutzer erhalten ein Standardprofil, das im Mapping pro Abteilung angepasst werden kann. Die Deaktivierung zum Austrittsdatum gibt die Lizenz frei.",
    ),
    pricing: { model: "included" },
    permissions: [...read("first_name", "last_name", "email", "phone", "position", "department", "manager", "status", "termination_date"), ...write("external_account_id")],
    setupSteps: scimSteps(
      t(
        "In Salesforce Setup, create a connected app for provisioning, authorize an integration user with Manage Users and copy the access token.",
        "Erstellen Sie im Salesforce-Setup eine Connected App für die Bereitstellung, autorisieren Sie einen Integrationsbenutzer mit Benutzer verwalten und kopieren Sie das Zugriffstoken.",
      ),
      t(
        "Limit the scope to sales and service departments and choose the default profile for new users.",
        "Beschränken Sie den Umfang auf Vertrieb und Service und wählen Sie das Standardprofil für neue Benutzer.",
      ),
    ),
    logo: "/logos/salesforce.svg",
    connector: { kind: "scim", preset: { baseUrlPattern: "https://{myDomain}.my.salesforce.com/services/scim/v2", requestsPerSecond: 5 } },
    monitoring: true,
    publishedAt: "2023-12-04",
  },
];
