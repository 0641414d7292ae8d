import type { IntegrationMetaInput } from "../index";
import { partner, partnerSteps, read, t } from "../helpers";

/** Benefits: meal, mobility, voucher, pension and fitness benefits. */
export const benefitsIntegrations: IntegrationMetaInput[] = [
  {
    slug: "benefitbox-meals",
    name: "BenefitBox Meal Allowance",
    ...partner("benefitbox"),
    categories: ["benefits"],
    summary: t(
      "Tax-efficient meal allowances on a digital card, with eligibility taken from your HR data.",
      "Steuerbegünstigte Essenszuschüsse per Digitalkarte, mit Berechtigung direkt aus Ihren HR-Daten.",
    ),
    description: t(
      "Employees upload their lunch receipts in the BenefitBox app and get the allowance paid out monthly. Eligibility follows employment status and working days, and leavers are removed automatically at the end of the month. The monthly report is ready for payroll.",
      "Mitarbeitende laden ihre Mittagsbelege in der BenefitBox-App hoch und erhalten den Zuschuss monatlich ausgezahlt. Die Berechtigung richtet sich nach Beschäftigungsstatus und Arbeitstagen, Austritte werden zum Monatsende automatisch entfernt. Der Monatsbericht ist für die Lohnabrechnung vorbereitet.",
    ),
    pricing: { model: "paid", note: t("€4 per eligible employee and month.", "4 € pro berechtigter Person und Monat.") },
    permissions: read("first_name", "last_name", "email", "office", "employment_type", "status", "hire_date", "termination_date", "absences", "working_hours"),
    setupSteps: partnerSteps(
      t("Sign up for BenefitBox and choose the meal allowance amount per office.", "Registrieren Sie sich bei BenefitBox und legen Sie den Zuschussbetrag pro Standort fest."),
      t("Paste the credentials in BenefitBox under Company → HR connection; employees receive their invitation automatically.", "Fügen Sie die Zugangsdaten in BenefitBox unter Unternehmen → HR-Verbindung ein; Mitarbeitende erhalten ihre Einladung automatisch."),
    ),
    logo: "/logos/benefitbox-meals.svg",
    connector: { kind: "partner" },
    monitoring: false,
    publishedAt: "2022-07-18",
  },
  {
    slug: "benefitbox-mobility",
    name: "BenefitBox Mobility Budget",
    ...partner("benefitbox"),
    categories: ["benefits", "expenses"],
    summary: t(
      "One monthly mobility budget for public transport, bikes and car sharing.",
      "Ein monatliches Mobilitätsbudget für ÖPNV, Fahrräder und Carsharing.",
    ),
    description: t(
      "Replace company-car lists and ticket orders with a flexible mobility budget. Employees book rides or tickets with the BenefitBox card, and BenefitBox applies the right tax treatment per country. Budgets follow office and employment type from your HR data.",
      "Ersetzen Sie Dienstwagenlisten und Ticketbestellungen durch ein flexibles Mobilitätsbudget. Mitarbeitende buchen Fahrten oder Tickets mit der BenefitBox-Karte, und BenefitBox wendet die passende steuerliche Behandlung pro Land an. Budgets richten sich nach Standort und Beschäftigungsart aus Ihren HR-Daten.",
    ),
    pricing: { model: "paid", note: t("€5 per participating employee and month, plus the budget itself.", "5 € pro teilnehmender Person und Monat, zuzüglich des Budgets selbst.") },
    permissions: read("first_name", "last_name", "email", "office", "employment_type", "status", "hire_date", "termination_date"),
    setupSteps: partnerSteps(
      t("Activate the mobility budget in your BenefitBox account and define budgets per office.", "Aktivieren Sie das Mobilitätsbudget in Ihrem BenefitBox-Konto und legen Sie Budgets pro Standort fest."),
      t("Paste the credentials in BenefitBox; cards are sent to eligible employees within five working days.", "Fügen Sie die Zugangsdaten in BenefitBox ein; berechtigte Mitarbeitende erhalten ihre Karte innerhalb von fünf Werktagen."),
    ),
    logo: "/logos/benefitbox-mobility.svg",
    connector: { kind: "partner" },
    monitoring: false,
    publishedAt: "2024-03-11",
  },
  {
    slug: "benefitbox-vouchers",
    name: "BenefitBox Vouchers",
    ...partner("benefitbox"),
    categories: ["benefits"],
    summary: t(
      "Monthly tax-free non-cash benefits and gifts for birthdays and anniversaries, all automated.",
      "Monatliche steuerfreie Sachbezüge und Geschenke zu Geburtstagen und Jubiläen – vollautomatisch.",
    ),
    description: t(
      "BenefitBox loads a voucher credit onto each employee's card every month and adds gifts for work anniversaries. Start dates and exits are read from HR, so nobody has to maintain lists. Employees redeem the credit at thousands of partner shops.",
      "BenefitBox lädt jeden Monat ein Gutscheinguthaben auf die Karte jeder Person und ergänzt Geschenke zu Dienstjubiläen. Eintritts- und Austrittsdaten werden aus HR gelesen, sodass niemand Listen pflegen muss. Das Guthaben lässt sich in Tausenden Partnergeschäften einlösen.",
    ),
    pricing: { model: "paid", note: t("€2 per employee and month, plus the voucher value.", "2 € pro Person und Monat, zuzüglich des Gutscheinwerts.") },
    permissions: read("first_name", "last_name", "email", "office", "status", "hire_date", "termination_date"),
    setupSteps: partnerSteps(
      t("Choose the monthly amount and occasions in the BenefitBox dashboard.", "Wählen Sie im BenefitBox-Dashboard den Monatsbetrag und die Anlässe."),
      t("Paste the credentials in BenefitBox under Company → HR connection.", "Fügen Sie die Zugangsdaten in BenefitBox unter Unternehmen → HR-Verbindung ein."),
    ),
    logo: "/logos/benefitbox-vouchers.svg",
    connector: { kind: "partner" },
    monitoring: false,
    publishedAt: "2025-07-07",
  },
  {
    slug: "vorsorgeplus-pension",
    name: "VorsorgePlus Company Pension",
    ...partner("vorsorgeplus"),
    categories: ["benefits", "payroll"],
    summary: t(
      "Digital company pension administration: enrolment, salary conversion and payroll deductions.",
      "Digitale Verwaltung der betrieblichen Altersvorsorge: Anmeldung, Entgeltumwandlung und Lohnabzüge.",
    ),
    description: t(
      "VorsorgePlus offers every new hire the company pension scheme on their first day and handles enrolment with the insurer. Salary conversion amounts and employer contributions are reported back to payroll each month. Leavers receive their vesting documents automatically.",
      "VorsorgePlus bietet allen neuen Mitarbeitenden am ersten Tag die betriebliche Altersvorsorge an und übernimmt die Anmeldung beim Versicherer. Umwandlungsbeträge und Arbeitgeberzuschüsse werden monatlich an die Lohnabrechnung gemeldet. Ausgeschiedene erhalten ihre Unverfallbarkeitsunterlagen automatisch.",
    ),
    pricing: { model: "on_request", note: t("Depends on the pension provider and headcount.", "Abhängig von Versorgungsträger und Mitarbeiterzahl.") },
    permissions: read("first_name", "last_name", "email", "personal_email", "employment_type", "status", "hire_date", "termination_date", "salary"),
    setupSteps: partnerSteps(
      t("Book a consultation to set up your pension scheme with VorsorgePlus.", "Vereinbaren Sie eine Beratung, um Ihr Versorgungswerk mit VorsorgePlus einzurichten."),
      t("Paste the credentials in the VorsorgePlus employer portal and confirm the employee list.", "Fügen Sie die Zugangsdaten im VorsorgePlus-Arbeitgeberportal ein und bestätigen Sie die Mitarbeiterliste."),
    ),
    logo: "/logos/vorsorgeplus-pension.svg",
    connector: { kind: "partner" },
    monitoring: false,
    publishedAt: "2023-06-05",
  },
  {
    slug: "movewell-fitness",
    name: "Movewell Corporate Fitness",
    ...partner("movewell"),
    categories: ["benefits"],
    summary: t(
      "Access to 8,000 gyms, pools and online classes across Europe as a company benefit.",
      "Zugang zu 8.000 Fitnessstudios, Schwimmbädern und Online-Kursen in Europa als Firmen-Benefit.",
    ),
    description: t(
      "Employees join Movewell with their work email and choose a membership level; the company share is billed monthly. Eligibility follows your HR data, and memberships end automatically when someone leaves. You only pay for employees who actually sign up.",
      "Mitarbeitende melden sich mit ihrer geschäftlichen E-Mail bei Movewell an und wählen eine Mitgliedschaftsstufe; der Arbeitgeberanteil wird monatlich abgerechnet. Die Berechtigung folgt Ihren HR-Daten, und Mitgliedschaften enden automatisch beim Austritt. Sie zahlen nur für Mitarbeitende, die sich tatsächlich anmelden.",
    ),
    pricing: { model: "paid", note: t("Employer share from €15 per member and month.", "Arbeitgeberanteil ab 15 € pro Mitglied und Monat.") },
    permissions: read("first_name", "last_name", "email", "office", "status", "termination_date"),
    setupSteps: partnerSteps(
      t("Sign the Movewell corporate agreement and pick the employer share.", "Unterzeichnen Sie die Movewell-Firmenvereinbarung und legen Sie den Arbeitgeberanteil fest."),
      t("Paste the credentials in the Movewell company portal and announce the benefit to your team.", "Fügen Sie die Zugangsdaten im Movewell-Firmenportal ein und kündigen Sie den Benefit im Team an."),
    ),
    logo: "/logos/movewell-fitness.svg",
    connector: { kind: "partner" },
    monitoring: false,
    publishedAt: "2025-02-17",
  },
];
