import type { IntegrationMetaInput } from "../index";
import { employeeEvents, firstParty, partner, partnerSteps, read, scimSteps, t, write } from "../helpers";

/** Team communication: chat, video and announcement channels. */
export const communicationIntegrations: IntegrationMetaInput[] = [
  {
    slug: "slack",
    name: "Slack",
    ...firstParty(),
    categories: ["team-communication", "identity-access"],
    summary: t(
      "Create Slack accounts for new hires, keep titles current and deactivate leavers automatically.",
      "Legt Slack-Konten für neue Mitarbeitende an, hält Titel aktuell und deaktiviert Austritte automatisch.",
    ),
    description: t(
      "Provisions members of your Slack workspace or Enterprise Grid org over the Slack SCIM API. Name, job title and department come from the employee record, and leavers are deactivated on their last day so their messages stay available. Requests are paced to Slack's documented limits, so large rollouts never get throttled.",
      "Stellt Mitglieder Ihres Slack-Workspace oder Ihrer Enterprise-Grid-Organisation über die Slack-SCIM-API bereit. Name, Jobtitel und Abteilung stammen aus der Personalakte, und Austritte werden am letzten Arbeitstag deaktiviert, sodass ihre Nachrichten erhalten bleiben. Die Anfragen halten die dokumentierten Slack-Limits ein, auch bei großen Rollouts.",
    ),
    pricing: { model: "included", note: t("Requires a Slack Business+ or Enterprise Grid plan.", "Erfordert einen Slack-Tarif Business+ oder Enterprise Grid.") },
    permissions: [...read("first_name", "last_name", "email", "phone", "position", "department", "manager", "status", "termination_date"), ...write("external_account_id")],
    setupSteps: scimSteps(
      t(
        "Have a Slack Primary Owner install an app with the admin scope and copy its OAuth token.",
        "Lassen Sie einen Slack Primary Owner eine App mit dem Scope admin installieren und kopieren Sie deren OAuth-Token.",
      ),
    ),
    logo: "/logos/slack.svg",
    screenshots: [
      {
        src: "/screenshots/slack-monitoring.svg",
        caption: t("Monitoring: each sync run with the accounts it created and deactivated.", "Monitoring: jeder Sync-Lauf mit den angelegten und deaktivierten Konten."),
      },
    ],
    connector: {
      kind: "scim",
      preset: {
        baseUrlPattern: "https://api.slack.com/scim/v2",
        requestsPerSecond: 3,
        defaultMapping: { userName: "email", "name.givenName": "first_name", "name.familyName": "last_name", title: "position" },
        docsUrl: "https://api.slack.com/admins/scim",
      },
    },
    monitoring: true,
    publishedAt: "2021-03-15",
  },
  {
    slug: "atlassian",
    name: "Atlassian",
    ...firstParty(),
    categories: ["team-communication", "identity-access"],
    summary: t(
      "Give new hires access to Jira and Confluence from day one and revoke it when they leave.",
      "Gibt neuen Mitarbeitenden ab Tag eins Zugriff auf Jira und Confluence und entzieht ihn beim Austritt.",
    ),
    description: t(
      "Syncs employees into an Atlassian Guard (formerly Access) directory over SCIM, so product access to Jira, Confluence and Loom follows your HR data. Department and manager are available for group assignment. Deactivated users free up their licence immediately.",
      "Synchronisiert Mitarbeitende per SCIM in ein Verzeichnis von Atlassian Guard (ehemals Access), sodass der Zugriff auf Jira, Confluence und Loom Ihren HR-Daten folgt. Abteilung und Führungskraft stehen für Gruppenzuweisungen zur Verfügung. Deaktivierte Benutzer geben ihre Lizenz sofort frei.",
    ),
    pricing: { model: "included", note: t("Requires Atlassian Guard on your organization.", "Erfordert Atlassian Guard für Ihre Organisation.") },
    permissions: [...read("first_name", "last_name", "email", "position", "department", "manager", "status"), ...write("external_account_id")],
    setupSteps: scimSteps(
      t(
        "At admin.atlassian.com, open Security → Identity providers, add a directory for user provisioning and copy the directory base URL and API key.",
        "Öffnen Sie unter admin.atlassian.com Sicherheit → Identitätsanbieter, fügen Sie ein Verzeichnis für die Benutzerbereitstellung hinzu und kopieren Sie Basis-URL und API-Schlüssel.",
      ),
    ),
    logo: "/logos/atlassian.svg",
    connector: {
      kind: "scim",
      preset: {
        baseUrlPattern: "https://api.atlassian.com/scim/directory/{directoryId}",
        requestsPerSecond: 5,
        docsUrl: "https://developer.atlassian.com/cloud/admin/user-provisioning/rest/intro/",
      },
    },
    monitoring: true,
    publishedAt: "2021-09-27",
  },
  {
    slug: "zoom",
    name: "Zoom",
    ...firstParty(),
    categories: ["team-communication"],
    summary: t(
      "Provision licensed Zoom users for new hires and release licences when employees leave.",
      "Stellt lizenzierte Zoom-Benutzer für neue Mitarbeitende bereit und gibt Lizenzen beim Austritt frei.",
    ),
    description: t(
      "Creates, updates and deactivates Zoom users through the Zoom SCIM 2 API. Department and job title are kept current in the Zoom directory, and leavers are deactivated on their termination date so their licence can be reused. Every change is visible in Monitoring.",
      "Legt Zoom-Benutzer über die Zoom-SCIM-2-API an, aktualisiert und deaktiviert sie. Abteilung und Jobtitel bleiben im Zoom-Verzeichnis aktuell, und Austritte werden zum Austrittsdatum deaktiviert, damit die Lizenz weiterverwendet werden kann. Jede Änderung ist im Monitoring sichtbar.",
    ),
    pricing: { model: "included" },
    permissions: [...read("first_name", "last_name", "email", "phone", "position", "department", "status", "termination_date"), ...write("external_account_id")],
    setupSteps: scimSteps(
      t(
        "In the Zoom App Marketplace, create a Server-to-Server OAuth app with the SCIM2 user scopes and copy its access token.",
        "Erstellen Sie im Zoom App Marketplace eine Server-to-Server-OAuth-App mit den SCIM2-Benutzer-Scopes und kopieren Sie deren Zugriffstoken.",
      ),
    ),
    logo: "/logos/zoom.svg",
    connector: { kind: "scim", preset: { baseUrlPattern: "https://api.zoom.us/scim2", requestsPerSecond: 10 } },
    monitoring: true,
    publishedAt: "2021-06-07",
  },
  {
    slug: "microsoft-teams",
    name: "Microsoft Teams",
    ...firstParty(),
    categories: ["team-communication"],
    summary: t(
      "Announce new joiners and farewells in a Teams channel the moment HR records change.",
      "Kündigt neue Kolleginnen und Kollegen sowie Abschiede in einem Teams-Kanal an, sobald sich HR-Daten ändern.",
    ),
    description: t(
      "Sends signed events to a Microsoft Teams workflow whenever an employee is provisioned, updated or deactivated. The workflow posts a welcome card with name, position and office, or a short farewell note. Only the fields you allow are included in the payload.",
      "Sendet signierte Ereignisse an einen Microsoft-Teams-Workflow, sobald Mitarbeitende angelegt, geändert oder deaktiviert werden. Der Workflow postet eine Willkommenskarte mit Name, Position und Standort oder eine kurze Verabschiedung. Es werden nur die freigegebenen Felder übertragen.",
    ),
    pricing: { model: "included" },
    permissions: read("first_name", "last_name", "email", "position", "department", "office", "hire_date", "status"),
    setupSteps: [
      t(
        "In Teams, open the Workflows app and create a flow from the template \"Post to a channel when a webhook request is received\".",
        "Öffnen Sie in Teams die App Workflows und erstellen Sie einen Flow aus der Vorlage „Bei Empfang einer Webhook-Anforderung in einem Kanal posten“.",
      ),
      t("Copy the webhook URL the workflow shows.", "Kopieren Sie die Webhook-URL, die der Workflow anzeigt."),
      t(
        "Click Connect, paste the URL and send a test event; a test card appears in the channel.",
        "Klicken Sie auf Verbinden, fügen Sie die URL ein und senden Sie ein Testereignis; im Kanal erscheint eine Testkarte.",
      ),
      t("Choose which departments trigger announcements and confirm the review step.", "Wählen Sie, welche Abteilungen Ankündigungen auslösen, und bestätigen Sie die Übersicht."),
    ],
    logo: "/logos/microsoft-teams.svg",
    connector: { kind: "webhook", preset: { events: employeeEvents() } },
    monitoring: true,
    publishedAt: "2021-05-10",
  },
  {
    slug: "mattermost",
    name: "Mattermost",
    ...firstParty(),
    categories: ["team-communication"],
    summary: t(
      "Post joiner, mover and leaver updates to a self-hosted Mattermost channel.",
      "Postet Eintritte, Wechsel und Austritte in einen Kanal Ihres selbst gehosteten Mattermost.",
    ),
    description: t(
      "Delivers signed employee events to an incoming webhook of your Mattermost server, which is ideal for teams that keep chat on their own infrastructure. Messages include name, position and department, never salary or personal contact data. Failed deliveries are retried and shown in Monitoring.",
      "Liefert signierte Mitarbeiterereignisse an einen eingehenden Webhook Ihres Mattermost-Servers – ideal für Teams, die Chat auf eigener Infrastruktur betreiben. Nachrichten enthalten Name, Position und Abteilung, niemals Gehalt oder private Kontaktdaten. Fehlgeschlagene Zustellungen werden wiederholt und im Monitoring angezeigt.",
    ),
    pricing: { model: "included" },
    permissions: read("first_name", "last_name", "position", "department", "office", "status"),
    setupSteps: [
      t(
        "In Mattermost, open Integrations → Incoming Webhooks, add a webhook for your announcements channel and copy its URL.",
        "Öffnen Sie in Mattermost Integrationen → Eingehende Webhooks, legen Sie einen Webhook für Ihren Ankündigungskanal an und kopieren Sie die URL.",
      ),
      t("Click Connect, paste the URL and send a test event.", "Klicken Sie auf Verbinden, fügen Sie die URL ein und senden Sie ein Testereignis."),
      t("Choose the employees in scope and confirm the review step.", "Wählen Sie die betroffenen Mitarbeitenden aus und bestätigen Sie die Übersicht."),
    ],
    logo: "/logos/mattermost.svg",
    connector: { kind: "webhook", preset: { baseUrlPattern: "https://{host}/hooks/{hookId}", events: employeeEvents() } },
    monitoring: true,
    publishedAt: "2022-02-21",
  },
  {
    slug: "webhook-generic",
    name: "Custom webhook",
    ...firstParty(),
    categories: ["team-communication", "analytics"],
    summary: t(
      "Send signed employee events to any HTTPS endpoint, following the Standard Webhooks spec.",
      "Sendet signierte Mitarbeiterereignisse an jeden HTTPS-Endpunkt nach der Standard-Webhooks-Spezifikation.",
    ),
    description: t(
      "Subscribe your own service to employee.provisioned, employee.updated and employee.deactivated events. Every delivery is signed with a per-connection secret, so the receiver can verify it came from us, and failed deliveries are retried with backoff. Use it for internal tools, automation platforms or data pipelines.",
      "Abonnieren Sie mit Ihrem eigenen Dienst die Ereignisse employee.provisioned, employee.updated und employee.deactivated. Jede Zustellung wird mit einem Secret pro Verbindung signiert, damit der Empfänger die Herkunft prüfen kann, und fehlgeschlagene Zustellungen werden mit Backoff wiederholt. Geeignet für interne Tools, Automatisierungsplattformen oder Datenpipelines.",
    ),
    pricing: { model: "free" },
    permissions: read("first_name", "last_name", "email", "position", "department", "office", "manager", "employment_type", "status", "hire_date", "termination_date"),
    setupSteps: [
      t("Deploy an HTTPS endpoint that accepts POST requests and verifies Standard Webhooks signatures.", "Stellen Sie einen HTTPS-Endpunkt bereit, der POST-Anfragen annimmt und Standard-Webhooks-Signaturen prüft."),
      t("Click Connect, enter the endpoint URL and copy the signing secret shown by the wizard.", "Klicken Sie auf Verbinden, geben Sie die Endpunkt-URL ein und kopieren Sie das angezeigte Signatur-Secret."),
      t("Send a test event and check that your endpoint answers with a 2xx status.", "Senden Sie ein Testereignis und prüfen Sie, ob Ihr Endpunkt mit einem 2xx-Status antwortet."),
      t("Select the events and employee fields to include, then confirm the review step.", "Wählen Sie Ereignisse und Mitarbeiterfelder aus und bestätigen Sie die Übersicht."),
    ],
    logo: "/logos/webhook-generic.svg",
    connector: { kind: "webhook", preset: { events: employeeEvents(), docsUrl: "https://www.standardwebhooks.com/" } },
    monitoring: true,
    publishedAt: "2021-01-18",
  },
  {
    slug: "teamfunk-welcome",
    name: "Teamfunk Welcome Bot",
    ...partner("teamfunk"),
    categories: ["team-communication"],
    summary: t(
      "A friendly chat bot that introduces new hires, pairs them with a buddy and celebrates work anniversaries.",
      "Ein freundlicher Chat-Bot, der Neue vorstellt, ihnen einen Buddy zuteilt und Jubiläen feiert.",
    ),
    description: t(
      "Teamfunk reads start dates and departments to introduce new colleagues in Slack or Teams on their first day and suggests an onboarding buddy from the same office. It also posts birthdays (opt-in) and work anniversaries. No data is written back to HR.",
      "Teamfunk liest Startdaten und Abteilungen, stellt neue Kolleginnen und Kollegen am ersten Tag in Slack oder Teams vor und schlägt einen Onboarding-Buddy vom selben Standort vor. Außerdem postet er Geburtstage (nach Einwilligung) und Dienstjubiläen. Es werden keine Daten ins HR-System zurückgeschrieben.",
    ),
    pricing: { model: "free" },
    permissions: read("first_name", "last_name", "position", "department", "office", "manager", "hire_date"),
    setupSteps: partnerSteps(
      t("Add the Teamfunk app to your Slack or Microsoft Teams workspace.", "Fügen Sie die Teamfunk-App zu Ihrem Slack- oder Microsoft-Teams-Workspace hinzu."),
      t("Paste the credentials in the Teamfunk settings and choose the channel for introductions.", "Fügen Sie die Zugangsdaten in den Teamfunk-Einstellungen ein und wählen Sie den Kanal für Vorstellungen."),
    ),
    logo: "/logos/teamfunk-welcome.svg",
    connector: { kind: "partner" },
    monitoring: false,
    publishedAt: "2023-08-30",
  },
  {
    slug: "teamfunk-org-chart",
    name: "Teamfunk Org Chart",
    ...partner("teamfunk"),
    categories: ["team-communication", "analytics"],
    summary: t(
      "Search the org chart right inside your chat tool: who does what, who reports to whom.",
      "Durchsuchen Sie das Organigramm direkt im Chat: Wer macht was, wer berichtet an wen.",
    ),
    description: t(
      "An always-current org chart built from positions, departments and reporting lines, available as a chat command and a shareable web view. Team leads see span-of-control and open-position hints. Updates arrive within minutes of a change in HR.",
      "Ein stets aktuelles Organigramm aus Positionen, Abteilungen und Berichtslinien, verfügbar als Chat-Befehl und teilbare Webansicht. Teamleitungen sehen Führungsspannen und Hinweise auf offene Stellen. Änderungen im HR-System erscheinen innerhalb weniger Minuten.",
    ),
    pricing: { model: "paid", note: t("€1 per employee and month after a 30-day trial.", "1 € pro Mitarbeitendem und Monat nach einer 30-tägigen Testphase.") },
    permissions: read("first_name", "last_name", "email", "position", "department", "office", "manager", "status"),
    setupSteps: partnerSteps(
      t("Create a Teamfunk account or sign in with your existing Teamfunk workspace.", "Erstellen Sie ein Teamfunk-Konto oder melden Sie sich mit Ihrem bestehenden Workspace an."),
      t("Paste the credentials under Org Chart → Data source and start the first import.", "Fügen Sie die Zugangsdaten unter Organigramm → Datenquelle ein und starten Sie den ersten Import."),
    ),
    logo: "/logos/teamfunk-org-chart.svg",
    connector: { kind: "partner" },
    monitoring: false,
    publishedAt: "2025-11-04",
  },
];
