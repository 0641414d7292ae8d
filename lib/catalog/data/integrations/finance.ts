import type { IntegrationMetaInput } from "../index";
import { partner, partnerSteps, read, t, write } from "../helpers";

/** Expenses and accounting: expense management, corporate cards, ledgers and cost centers. */
export const financeIntegrations: IntegrationMetaInput[] = [
  {
    slug: "spesenfix-expenses",
    name: "Spesenfix Expenses",
    ...partner("spesenfix"),
    categories: ["expenses"],
    summary: t(
      "Snap receipts, approve expenses in one click and reimburse with the next payroll.",
      "Belege fotografieren, Spesen mit einem Klick freigeben und mit der nächsten Abrechnung erstatten.",
    ),
    description: t(
      "Spesenfix turns receipt photos into expense reports with automatic VAT recognition. Approvals are routed to each employee's manager from your HR data, and approved amounts are reimbursed to the bank account on file. Users are created and removed automatically.",
      "Spesenfix macht aus Belegfotos Spesenberichte mit automatischer Umsatzsteuer-Erkennung. Freigaben gehen an die jeweilige Führungskraft aus Ihren HR-Daten, und genehmigte Beträge werden auf das hinterlegte Bankkonto erstattet. Benutzer werden automatisch angelegt und entfernt.",
    ),
    pricing: { model: "free", note: t("Free up to 10 users; larger teams see Spesenfix pricing.", "Kostenlos bis 10 Benutzer; größere Teams siehe Spesenfix-Preise.") },
    permissions: read("first_name", "last_name", "email", "department", "manager", "status", "bank_details"),
    setupSteps: partnerSteps(
      t("Create a free Spesenfix account for your company.", "Legen Sie ein kostenloses Spesenfix-Konto für Ihr Unternehmen an."),
      t("Paste the credentials in Spesenfix under Settings → HR sync and choose the approval rules.", "Fügen Sie die Zugangsdaten in Spesenfix unter Einstellungen → HR-Sync ein und wählen Sie die Freigaberegeln."),
    ),
    logo: "/logos/spesenfix-expenses.svg",
    connector: { kind: "partner" },
    monitoring: false,
    publishedAt: "2022-01-31",
  },
  {
    slug: "spesenfix-travel",
    name: "Spesenfix Travel & Per Diem",
    ...partner("spesenfix"),
    categories: ["expenses"],
    summary: t(
      "Business trips with automatic per-diem rates, mileage and travel policy checks.",
      "Dienstreisen mit automatischen Verpflegungspauschalen, Kilometergeld und Reiserichtlinien-Prüfung.",
    ),
    description: t(
      "Employees record trips in Spesenfix and receive the correct per-diem rates for each country and day. Travel policies can differ by department or position, both taken from HR. Trips that overlap with recorded absences are flagged before approval.",
      "Mitarbeitende erfassen Reisen in Spesenfix und erhalten die korrekten Verpflegungspauschalen pro Land und Tag. Reiserichtlinien können je Abteilung oder Position variieren – beides kommt aus HR. Reisen, die sich mit erfassten Abwesenheiten überschneiden, werden vor der Freigabe markiert.",
    ),
    pricing: { model: "paid", note: t("€6 per active traveller and month.", "6 € pro aktiver reisender Person und Monat.") },
    permissions: read("first_name", "last_name", "email", "position", "department", "office", "manager", "status", "absences"),
    setupSteps: partnerSteps(
      t("Enable Travel & Per Diem in your Spesenfix account.", "Aktivieren Sie Travel & Per Diem in Ihrem Spesenfix-Konto."),
      t("Paste the credentials and assign a travel policy to each department.", "Fügen Sie die Zugangsdaten ein und weisen Sie jeder Abteilung eine Reiserichtlinie zu."),
    ),
    logo: "/logos/spesenfix-travel.svg",
    connector: { kind: "partner" },
    monitoring: false,
    publishedAt: "2024-07-08",
  },
  {
    slug: "payflow-cards",
    name: "PayFlow Corporate Cards",
    ...partner("payflow"),
    categories: ["expenses", "accounting"],
    summary: t(
      "Virtual and physical company cards with limits per team, issued and frozen from HR data.",
      "Virtuelle und physische Firmenkarten mit Limits pro Team, ausgegeben und gesperrt anhand von HR-Daten.",
    ),
    description: t(
      "PayFlow issues a card to every eligible new hire with limits based on department and position. Cards are frozen automatically on the termination date, so no subscription keeps running on a leaver's card. Transactions are matched to receipts and exported to accounting.",
      "PayFlow gibt allen berechtigten neuen Mitarbeitenden eine Karte mit Limits nach Abteilung und Position aus. Karten werden zum Austrittsdatum automatisch gesperrt, sodass kein Abo auf der Karte einer ausgeschiedenen Person weiterläuft. Transaktionen werden Belegen zugeordnet und in die Buchhaltung exportiert.",
    ),
    pricing: { model: "on_request", note: t("Card fees depend on volume and card types.", "Kartengebühren abhängig von Volumen und Kartentypen.") },
    permissions: [...read("first_name", "last_name", "email", "phone", "position", "department", "manager", "status", "termination_date"), ...write("external_account_id")],
    setupSteps: partnerSteps(
      t("Open a PayFlow business account and complete the company verification.", "Eröffnen Sie ein PayFlow-Geschäftskonto und schließen Sie die Unternehmensprüfung ab."),
      t("Define card limits per department in PayFlow, then enable automatic issuing for new hires.", "Legen Sie in PayFlow Kartenlimits pro Abteilung fest und aktivieren Sie die automatische Ausgabe für neue Mitarbeitende."),
      t("Paste the credentials in PayFlow under Integrations → HR system.", "Fügen Sie die Zugangsdaten in PayFlow unter Integrationen → HR-System ein."),
    ),
    logo: "/logos/payflow-cards.svg",
    connector: { kind: "partner" },
    monitoring: false,
    publishedAt: "2023-10-02",
  },
  {
    slug: "ledgerline-sync",
    name: "Ledgerline Accounting Sync",
    ...partner("ledgerline"),
    categories: ["accounting"],
    summary: t(
      "Keep employee master data and payroll accruals aligned between HR and your ledger.",
      "Hält Mitarbeiterstammdaten und Lohnabgrenzungen zwischen HR und Hauptbuch abgestimmt.",
    ),
    description: t(
      "Ledgerline creates an employee vendor account for reimbursements and keeps department assignments in sync with your chart of accounts. Monthly personnel-cost accruals are calculated from salaries and posted automatically. Supports multi-entity groups with separate ledgers.",
      "Ledgerline legt für Erstattungen ein Kreditorenkonto pro Person an und hält Abteilungszuordnungen mit Ihrem Kontenplan synchron. Monatliche Personalkostenabgrenzungen werden aus den Gehältern berechnet und automatisch gebucht. Unterstützt Unternehmensgruppen mit getrennten Hauptbüchern.",
    ),
    pricing: { model: "paid", note: t("€79 per legal entity and month.", "79 € pro Gesellschaft und Monat.") },
    permissions: [...read("first_name", "last_name", "email", "department", "office", "status", "hire_date", "termination_date", "salary", "bank_details"), ...write("external_account_id")],
    setupSteps: partnerSteps(
      t("In Ledgerline, open Apps → HR integration and pick the entities to connect.", "Öffnen Sie in Ledgerline Apps → HR-Integration und wählen Sie die zu verbindenden Gesellschaften."),
      t("Paste the credentials and map departments to cost accounts in Ledgerline.", "Fügen Sie die Zugangsdaten ein und ordnen Sie in Ledgerline Abteilungen den Kostenkonten zu."),
    ),
    logo: "/logos/ledgerline-sync.svg",
    connector: { kind: "partner" },
    monitoring: false,
    publishedAt: "2022-11-14",
  },
  {
    slug: "ledgerline-cost-centers",
    name: "Ledgerline Cost Center Allocation",
    ...partner("ledgerline"),
    categories: ["accounting", "analytics"],
    summary: t(
      "Split personnel costs across cost centers and projects automatically every month.",
      "Verteilt Personalkosten jeden Monat automatisch auf Kostenstellen und Projekte.",
    ),
    description: t(
      "Define allocation keys per department or per employee and Ledgerline distributes salaries and employer costs to cost centers when you close the month. Reports compare planned and actual personnel costs by team. Changes in HR, such as a move to another department, apply from their effective date.",
      "Legen Sie Verteilungsschlüssel pro Abteilung oder Person fest, und Ledgerline verteilt Gehälter und Arbeitgeberkosten beim Monatsabschluss auf Kostenstellen. Berichte vergleichen geplante und tatsächliche Personalkosten je Team. Änderungen in HR, etwa ein Abteilungswechsel, gelten ab ihrem Stichtag.",
    ),
    pricing: { model: "paid", note: t("Add-on to Ledgerline Accounting Sync: €49 per entity and month.", "Zusatzmodul zu Ledgerline Accounting Sync: 49 € pro Gesellschaft und Monat.") },
    permissions: read("first_name", "last_name", "department", "office", "employment_type", "status", "salary", "working_hours"),
    setupSteps: partnerSteps(
      t("Make sure Ledgerline Accounting Sync is connected first.", "Stellen Sie sicher, dass Ledgerline Accounting Sync bereits verbunden ist."),
      t("Paste the credentials in Ledgerline under Cost centers → Sources and set your allocation keys.", "Fügen Sie die Zugangsdaten in Ledgerline unter Kostenstellen → Quellen ein und legen Sie Ihre Verteilungsschlüssel fest."),
    ),
    logo: "/logos/ledgerline-cost-centers.svg",
    connector: { kind: "partner" },
    monitoring: false,
    publishedAt: "2025-05-26",
  },
  {
    slug: "bilanzwerk-postings",
    name: "Bilanzwerk Personnel Cost Postings",
    ...partner("bilanzwerk"),
    categories: ["accounting", "payroll"],
    summary: t(
      "Turns payroll results into ready-to-post journal entries in the German SKR03/SKR04 charts.",
      "Macht aus Abrechnungsergebnissen buchungsfertige Journale nach SKR03/SKR04.",
    ),
    description: t(
      "Bilanzwerk reads salaries and department assignments and generates journal entries for wages, social-security contributions and accruals, mapped to the SKR03 or SKR04 chart of accounts. Your accountant reviews the batch before it is exported. Built for small and mid-sized German companies.",
      "Bilanzwerk liest Gehälter und Abteilungszuordnungen und erzeugt Buchungssätze für Löhne, Sozialversicherungsbeiträge und Abgrenzungen, zugeordnet zum Kontenrahmen SKR03 oder SKR04. Ihre Buchhaltung prüft den Stapel vor dem Export. Entwickelt für kleine und mittlere Unternehmen in Deutschland.",
    ),
    pricing: { model: "paid", note: t("€39 per month for up to 100 employees.", "39 € pro Monat für bis zu 100 Mitarbeitende.") },
    permissions: read("first_name", "last_name", "department", "employment_type", "status", "salary"),
    setupSteps: partnerSteps(
      t("Create a Bilanzwerk account and choose SKR03 or SKR04.", "Legen Sie ein Bilanzwerk-Konto an und wählen Sie SKR03 oder SKR04."),
      t("Paste the credentials in Bilanzwerk and map each department to a cost center.", "Fügen Sie die Zugangsdaten in Bilanzwerk ein und ordnen Sie jede Abteilung einer Kostenstelle zu."),
    ),
    logo: "/logos/bilanzwerk-postings.svg",
    connector: { kind: "partner" },
    monitoring: false,
    publishedAt: "2026-01-12",
  },
];
