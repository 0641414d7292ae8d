import type { IntegrationMetaInput } from "../index";
import { firstParty, partner, partnerSteps, read, scimSteps, t, write } from "../helpers";

/** Identity & access: directories, SSO providers and the generic SCIM connector. */
export const identityIntegrations: IntegrationMetaInput[] = [
  {
    slug: "microsoft-entra-id",
    name: "Microsoft Entra ID",
    ...firstParty(),
    categories: ["identity-access"],
    summary: t(
      "Provision and deprovision Entra ID users from employee records, so joiners get access on day one.",
      "Legt Entra-ID-Benutzer aus Mitarbeiterdaten an und entfernt sie wieder – Zugang ab dem ersten Arbeitstag.",
    ),
    description: t(
      "Keeps Microsoft Entra ID (formerly Azure AD) in step with your HR data over SCIM 2.0. New hires are created before their start date, changes to position, department or manager are pushed within minutes, and leavers are disabled on their last day. Every run is recorded in Monitoring with the API response per employee.",
      "Hält Microsoft Entra ID (ehemals Azure AD) per SCIM 2.0 mit Ihren HR-Daten synchron. Neue Mitarbeitende werden vor ihrem Startdatum angelegt, Änderungen an Position, Abteilung oder Vorgesetzten innerhalb weniger Minuten übertragen und Austritte am letzten Arbeitstag deaktiviert. Jeder Lauf wird im Monitoring mit der API-Antwort pro Person protokolliert.",
    ),
    pricing: { model: "included" },
    permissions: [...read("first_name", "last_name", "email", "position", "department", "office", "manager", "status", "hire_date", "termination_date"), ...write("external_account_id")],
    setupSteps: scimSteps(
      t(
        "In the Microsoft Entra admin center, create an inbound provisioning app for your tenant and copy its SCIM endpoint and a bearer token.",
        "Erstellen Sie im Microsoft Entra Admin Center eine Inbound-Provisioning-App für Ihren Mandanten und kopieren Sie SCIM-Endpunkt und Bearer-Token.",
      ),
    ),
    logo: "/logos/microsoft-entra-id.svg",
    connector: {
      kind: "scim",
      preset: {
        requestsPerSecond: 5,
        docsUrl: "https://learn.microsoft.com/en-us/entra/identity/app-provisioning/inbound-provisioning-api-concepts",
      },
    },
    monitoring: true,
    publishedAt: "2021-02-08",
  },
  {
    slug: "google-workspace",
    name: "Google Workspace",
    ...firstParty(),
    categories: ["identity-access"],
    summary: t(
      "Create Google Workspace accounts for new hires and suspend them automatically when people leave.",
      "Erstellt Google-Workspace-Konten für neue Mitarbeitende und sperrt sie automatisch beim Austritt.",
    ),
    description: t(
      "Provisions Google Workspace users from your employee records over SCIM 2.0, including name, job title and department for the directory. Accounts of leavers are suspended rather than deleted, so mail and files can still be handed over. Use the employee scope to roll out office by office.",
      "Legt Google-Workspace-Benutzer per SCIM 2.0 aus Ihren Mitarbeiterdaten an, inklusive Name, Jobtitel und Abteilung für das Verzeichnis. Konten ausgeschiedener Mitarbeitender werden gesperrt statt gelöscht, damit E-Mails und Dateien übergeben werden können. Über den Mitarbeiterumfang können Sie standortweise einführen.",
    ),
    pricing: { model: "included" },
    permissions: [...read("first_name", "last_name", "email", "personal_email", "position", "department", "office", "manager", "status"), ...write("external_account_id", "email")],
    setupSteps: scimSteps(
      t(
        "In the Google Admin console, enable user provisioning for the HR connector app and copy the SCIM endpoint and access token it shows.",
        "Aktivieren Sie in der Google Admin-Konsole die Nutzerbereitstellung für die HR-Connector-App und kopieren Sie den angezeigten SCIM-Endpunkt und das Zugriffstoken.",
      ),
    ),
    logo: "/logos/google-workspace.svg",
    connector: { kind: "scim", preset: { requestsPerSecond: 10 } },
    monitoring: true,
    publishedAt: "2021-02-08",
  },
  {
    slug: "okta",
    name: "Okta",
    ...firstParty(),
    categories: ["identity-access"],
    summary: t(
      "Use your HR data as the source of truth for Okta users, groups and lifecycle states.",
      "Nutzt Ihre HR-Daten als führende Quelle für Okta-Benutzer, -Gruppen und Lebenszyklus-Status.",
    ),
    description: t(
      "Sends joiners, movers and leavers to Okta over SCIM 2.0 so that downstream apps assigned in Okta follow automatically. Department and office are passed on for group rules, and the manager for approval workflows. Deactivations happen on the termination date, never earlier.",
      "Überträgt Eintritte, Wechsel und Austritte per SCIM 2.0 an Okta, sodass die in Okta zugewiesenen Anwendungen automatisch folgen. Abteilung und Standort werden für Gruppenregeln übergeben, die Führungskraft für Genehmigungs-Workflows. Deaktivierungen erfolgen zum Austrittsdatum, nie früher.",
    ),
    pricing: { model: "included" },
    permissions: [...read("first_name", "last_name", "email", "phone", "position", "department", "office", "manager", "employment_type", "status", "termination_date"), ...write("external_account_id")],
    setupSteps: scimSteps(
      t(
        "In the Okta Admin Console, set up the HR provisioning integration and copy its SCIM base URL and API token.",
        "Richten Sie in der Okta Admin Console die HR-Provisioning-Integration ein und kopieren Sie SCIM-Basis-URL und API-Token.",
      ),
      t(
        "Choose the employees in scope and map department and office to the Okta profile attributes your group rules use.",
        "Wählen Sie die Mitarbeitenden aus und ordnen Sie Abteilung und Standort den Okta-Profilattributen zu, die Ihre Gruppenregeln verwenden.",
      ),
    ),
    logo: "/logos/okta.svg",
    connector: { kind: "scim", preset: { requestsPerSecond: 10 } },
    monitoring: true,
    publishedAt: "2021-04-19",
  },
  {
    slug: "scim-generic",
    name: "SCIM 2.0 (generic)",
    ...firstParty(),
    categories: ["identity-access"],
    summary: t(
      "Connect any tool that offers a SCIM 2.0 endpoint and keep its user accounts in sync with HR.",
      "Verbindet jedes Tool mit SCIM-2.0-Endpunkt und hält dessen Benutzerkonten mit HR synchron.",
    ),
    description: t(
      "A standards-based connector for every application that implements SCIM 2.0 (RFC 7643/7644). Enter the base URL and bearer token, adjust the attribute mapping, and the sync provisions, updates and deactivates users like our dedicated connectors do. Ideal for niche tools and in-house apps.",
      "Ein standardbasierter Connector für jede Anwendung, die SCIM 2.0 (RFC 7643/7644) unterstützt. Geben Sie Basis-URL und Bearer-Token ein, passen Sie das Attribut-Mapping an, und der Sync legt Benutzer an, aktualisiert und deaktiviert sie wie unsere spezialisierten Connectors. Ideal für Nischen-Tools und Eigenentwicklungen.",
    ),
    pricing: { model: "included" },
    permissions: [...read("first_name", "last_name", "email", "position", "department", "manager", "status"), ...write("external_account_id")],
    setupSteps: scimSteps(
      t(
        "In the target application, find its SCIM 2.0 base URL (usually ending in /scim/v2) and create an API token with user-management rights.",
        "Ermitteln Sie in der Zielanwendung die SCIM-2.0-Basis-URL (endet meist auf /scim/v2) und erstellen Sie ein API-Token mit Rechten zur Benutzerverwaltung.",
      ),
      t(
        "Choose the employees in scope and adjust the attribute mapping if the target uses custom or enterprise-extension attributes.",
        "Wählen Sie die Mitarbeitenden aus und passen Sie das Attribut-Mapping an, falls das Zielsystem eigene oder Enterprise-Extension-Attribute nutzt.",
      ),
    ),
    logo: "/logos/scim-generic.svg",
    connector: { kind: "scim", preset: { docsUrl: "https://datatracker.ietf.org/doc/html/rfc7644" } },
    monitoring: true,
    publishedAt: "2021-01-18",
  },
  {
    slug: "github-emu",
    name: "GitHub Enterprise Managed Users",
    ...firstParty(),
    categories: ["identity-access", "it-assets"],
    summary: t(
      "Provision managed GitHub accounts for engineers and remove their access the day they leave.",
      "Stellt verwaltete GitHub-Konten für Entwickler bereit und entzieht den Zugang am Austrittstag.",
    ),
    description: t(
      "Creates and updates Enterprise Managed User accounts in your GitHub enterprise over SCIM, limited to the departments you choose. Leavers are suspended immediately, which also revokes their tokens and SSH keys. Ideal for engineering teams that need audit-ready offboarding.",
      "Legt Enterprise-Managed-User-Konten in Ihrem GitHub-Enterprise per SCIM an und aktualisiert sie – beschränkt auf die gewählten Abteilungen. Ausgeschiedene Personen werden sofort gesperrt, wodurch auch Tokens und SSH-Schlüssel ungültig werden. Ideal für Engineering-Teams mit prüfungssicherem Offboarding.",
    ),
    pricing: { model: "included" },
    permissions: [...read("first_name", "last_name", "email", "department", "status"), ...write("external_account_id")],
    setupSteps: scimSteps(
      t(
        "Sign in as the setup user of your enterprise with managed users and create a personal access token (classic) with the scim:enterprise scope.",
        "Melden Sie sich als Setup-User Ihres Enterprise mit Managed Users an und erstellen Sie ein Personal Access Token (classic) mit dem Scope scim:enterprise.",
      ),
      t(
        "Restrict the scope to your engineering departments and check that the handle mapping produces valid GitHub usernames.",
        "Beschränken Sie den Umfang auf Ihre Engineering-Abteilungen und prüfen Sie, ob das Mapping gültige GitHub-Benutzernamen ergibt.",
      ),
    ),
    logo: "/logos/github-emu.svg",
    connector: {
      kind: "scim",
      preset: {
        baseUrlPattern: "https://api.github.com/scim/v2/enterprises/{enterprise}",
        requestsPerSecond: 10,
        docsUrl: "https://docs.github.com/en/enterprise-cloud@latest/rest/enterprise-admin/scim",
      },
    },
    monitoring: true,
    publishedAt: "2022-06-14",
  },
  {
    slug: "dropbox",
    name: "Dropbox",
    ...firstParty(),
    categories: ["identity-access"],
    summary: t(
      "Invite new hires to your Dropbox team and hand over files of leavers without manual tickets.",
      "Lädt neue Mitarbeitende in Ihr Dropbox-Team ein und übergibt Dateien Ausgeschiedener ohne Tickets.",
    ),
    description: t(
      "Provisions members of your Dropbox team over SCIM 2.0 using work email, name and department. When an employee leaves, the member is deactivated on the termination date so an admin can transfer their folders. Runs and errors appear in Monitoring.",
      "Stellt Mitglieder Ihres Dropbox-Teams per SCIM 2.0 mit geschäftlicher E-Mail, Name und Abteilung bereit. Beim Austritt wird das Mitglied zum Austrittsdatum deaktiviert, damit ein Admin die Ordner übertragen kann. Läufe und Fehler erscheinen im Monitoring.",
    ),
    pricing: { model: "included" },
    permissions: [...read("first_name", "last_name", "email", "department", "status", "termination_date"), ...write("external_account_id")],
    setupSteps: scimSteps(
      t(
        "In the Dropbox Admin console, open Settings → Single sign-on and provisioning and generate a SCIM access token.",
        "Öffnen Sie in der Dropbox-Admin-Konsole Einstellungen → Single Sign-on und Provisioning und erzeugen Sie ein SCIM-Zugriffstoken.",
      ),
    ),
    logo: "/logos/dropbox.svg",
    connector: { kind: "scim", preset: { baseUrlPattern: "https://api.dropboxapi.com/2/scim/v2", requestsPerSecond: 10 } },
    monitoring: true,
    publishedAt: "2023-03-02",
  },
  {
    slug: "keystone-access-reviews",
    name: "Keystone Access Reviews",
    ...partner("keystone"),
    categories: ["identity-access"],
    summary: t(
      "Quarterly access reviews routed to each employee's manager, with HR data as the reference.",
      "Quartalsweise Zugriffsprüfungen, automatisch an die jeweilige Führungskraft verteilt – mit HR-Daten als Referenz.",
    ),
    description: t(
      "Keystone compares the accounts in your SaaS tools with your employee list and flags orphaned and over-privileged access. Reviews are assigned to the manager from your HR records and escalate automatically. Audit reports are ready for ISO 27001 and SOC 2.",
      "Keystone gleicht die Konten in Ihren SaaS-Tools mit Ihrer Mitarbeiterliste ab und markiert verwaiste oder zu weitreichende Zugriffe. Prüfungen werden der Führungskraft aus Ihren HR-Daten zugewiesen und automatisch eskaliert. Audit-Berichte sind für ISO 27001 und SOC 2 vorbereitet.",
    ),
    pricing: {
      model: "paid",
      note: t("From €3 per employee and month, billed annually by Keystone.", "Ab 3 € pro Mitarbeitendem und Monat, jährliche Abrechnung durch Keystone."),
    },
    permissions: read("first_name", "last_name", "email", "position", "department", "manager", "status", "termination_date"),
    setupSteps: partnerSteps(
      t("Start a Keystone trial or sign in to your Keystone workspace as an administrator.", "Starten Sie eine Keystone-Testphase oder melden Sie sich als Administrator in Ihrem Keystone-Workspace an."),
      t(
        "In Keystone, open Sources → HR system, paste the credentials and run the first import; the connection turns Connected after the first API call.",
        "Öffnen Sie in Keystone Quellen → HR-System, fügen Sie die Zugangsdaten ein und starten Sie den ersten Import; nach dem ersten API-Aufruf wird die Verbindung als verbunden angezeigt.",
      ),
    ),
    logo: "/logos/keystone-access-reviews.svg",
    connector: { kind: "partner" },
    monitoring: false,
    publishedAt: "2024-05-21",
  },
  {
    slug: "keystone-lifecycle-guard",
    name: "Keystone Lifecycle Guard",
    ...partner("keystone"),
    categories: ["identity-access", "it-assets"],
    summary: t(
      "Automates joiner-mover-leaver checklists across 200+ SaaS apps, triggered by HR changes.",
      "Automatisiert Eintritts-, Wechsel- und Austritts-Checklisten in über 200 SaaS-Apps, ausgelöst durch HR-Änderungen.",
    ),
    description: t(
      "Lifecycle Guard listens for changes to status, department and manager and runs the matching playbook: grant role-based access for joiners, adjust groups for movers and revoke everything for leavers. It records the external account IDs back in HR so you can see who owns which accounts.",
      "Lifecycle Guard reagiert auf Änderungen an Status, Abteilung und Führungskraft und startet das passende Playbook: rollenbasierte Zugänge für Eintritte, angepasste Gruppen bei Wechseln und vollständiger Entzug bei Austritten. Die externen Konto-IDs werden ins HR-System zurückgeschrieben, damit die Zuordnung sichtbar bleibt.",
    ),
    pricing: { model: "on_request", note: t("Priced per connected application; ask Keystone for a quote.", "Preis pro angebundener Anwendung; Angebot direkt bei Keystone anfragen.") },
    permissions: [...read("first_name", "last_name", "email", "position", "department", "office", "manager", "employment_type", "status", "hire_date", "termination_date"), ...write("external_account_id")],
    setupSteps: partnerSteps(
      t("Book an onboarding call with Keystone to import your role-to-app playbooks.", "Vereinbaren Sie einen Onboarding-Termin mit Keystone, um Ihre Rollen-App-Playbooks zu importieren."),
      t(
        "Paste the credentials in Keystone under Settings → HR connection and enable the playbooks you want to run automatically.",
        "Fügen Sie die Zugangsdaten in Keystone unter Einstellungen → HR-Verbindung ein und aktivieren Sie die Playbooks, die automatisch laufen sollen.",
      ),
    ),
    logo: "/logos/keystone-lifecycle-guard.svg",
    connector: { kind: "partner" },
    monitoring: false,
    publishedAt: "2025-09-10",
  },
];
