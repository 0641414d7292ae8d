import type { IntegrationMetaInput } from "../index";
import { employeeEvents, firstParty, partner, partnerSteps, read, t, write } from "../helpers";

/** Payroll: payroll software, payroll offices and contractor payments. */
export const payrollIntegrations: IntegrationMetaInput[] = [
  {
    slug: "datev-lohn",
    name: "DATEV Lohn und Gehalt",
    ...firstParty(),
    categories: ["payroll", "accounting"],
    summary: t(
      "Hand payroll-relevant changes to your DATEV payroll, ready for your tax advisor, without retyping.",
      "Übergibt lohnrelevante Änderungen an DATEV Lohn und Gehalt – bereit für die Steuerkanzlei, ohne Abtippen.",
    ),
    description: t(
      "Sends every payroll-relevant change, such as new hires, salary adjustments, working hours, absences and exits, as signed events to the DATEV gateway of your company or tax advisor. Each event carries the personnel number so records are matched reliably. A monthly review in Monitoring shows what was transferred for the payroll period.",
      "Sendet jede lohnrelevante Änderung – Eintritte, Gehaltsanpassungen, Arbeitszeiten, Abwesenheiten und Austritte – als signiertes Ereignis an das DATEV-Gateway Ihres Unternehmens oder Ihrer Steuerkanzlei. Jedes Ereignis enthält die Personalnummer, damit Datensätze zuverlässig zugeordnet werden. Eine monatliche Übersicht im Monitoring zeigt, was für den Abrechnungszeitraum übertragen wurde.",
    ),
    pricing: { model: "included" },
    permissions: read("first_name", "last_name", "email", "position", "department", "employment_type", "status", "hire_date", "termination_date", "salary", "bank_details", "absences", "working_hours"),
    setupSteps: [
      t(
        "Ask your tax advisor or IT for the HTTPS endpoint of your DATEV gateway and the consultant and client numbers.",
        "Erfragen Sie bei Ihrer Steuerkanzlei oder IT den HTTPS-Endpunkt Ihres DATEV-Gateways sowie Berater- und Mandantennummer.",
      ),
      t("Click Connect, enter the endpoint and numbers and copy the signing secret into the gateway.", "Klicken Sie auf Verbinden, tragen Sie Endpunkt und Nummern ein und hinterlegen Sie das Signatur-Secret im Gateway."),
      t("Send a test event for one employee and compare it with the DATEV record.", "Senden Sie ein Testereignis für eine Person und gleichen Sie es mit dem DATEV-Datensatz ab."),
      t("Select the legal entities in scope and confirm the review step before the next payroll cut-off.", "Wählen Sie die betroffenen Gesellschaften aus und bestätigen Sie die Übersicht vor dem nächsten Abrechnungsstichtag."),
    ],
    logo: "/logos/datev-lohn.svg",
    connector: { kind: "webhook", preset: { events: employeeEvents() } },
    monitoring: true,
    publishedAt: "2021-11-03",
  },
  {
    slug: "payroll-change-feed",
    name: "Payroll change feed",
    ...firstParty(),
    categories: ["payroll", "accounting"],
    summary: t(
      "A signed event feed of payroll-relevant changes for any payroll provider or in-house system.",
      "Ein signierter Ereignis-Feed lohnrelevanter Änderungen für jeden Lohnanbieter oder jedes Eigensystem.",
    ),
    description: t(
      "For payroll providers without a dedicated integration: every change to salary, bank details, working hours or employment status is delivered to your endpoint as it happens. Payloads are signed and retried, so your payroll team never works from stale spreadsheets. Choose exactly which fields leave the platform.",
      "Für Lohnanbieter ohne eigene Integration: Jede Änderung an Gehalt, Bankverbindung, Arbeitszeit oder Beschäftigungsstatus wird sofort an Ihren Endpunkt geliefert. Die Nutzdaten sind signiert und werden bei Fehlern erneut gesendet, sodass Ihr Lohnteam nie mit veralteten Tabellen arbeitet. Sie bestimmen genau, welche Felder die Plattform verlassen.",
    ),
    pricing: { model: "included" },
    permissions: read("first_name", "last_name", "email", "employment_type", "status", "hire_date", "termination_date", "salary", "bank_details", "absences", "working_hours"),
    setupSteps: [
      t("Provide an HTTPS endpoint at your payroll provider that accepts signed JSON events.", "Stellen Sie bei Ihrem Lohnanbieter einen HTTPS-Endpunkt bereit, der signierte JSON-Ereignisse annimmt."),
      t("Click Connect, enter the endpoint URL and share the signing secret with your provider.", "Klicken Sie auf Verbinden, geben Sie die Endpunkt-URL ein und teilen Sie das Signatur-Secret mit Ihrem Anbieter."),
      t("Select the fields to include; bank details and salary are off until you enable them.", "Wählen Sie die zu übertragenden Felder; Bankverbindung und Gehalt sind deaktiviert, bis Sie sie freigeben."),
      t("Send a test event and confirm the review step.", "Senden Sie ein Testereignis und bestätigen Sie die Übersicht."),
    ],
    logo: "/logos/payroll-change-feed.svg",
    connector: { kind: "webhook", preset: { events: employeeEvents() } },
    monitoring: true,
    publishedAt: "2022-09-12",
  },
  {
    slug: "payflow-payroll",
    name: "PayFlow Payroll",
    ...partner("payflow"),
    categories: ["payroll", "accounting"],
    summary: t(
      "Compliant payroll in 14 European countries, fed directly from your HR data.",
      "Rechtssichere Lohnabrechnung in 14 europäischen Ländern, direkt aus Ihren HR-Daten.",
    ),
    description: t(
      "PayFlow runs payroll, payslips and statutory filings for employees across Europe. Master data, salaries, absences and working hours are imported automatically before each cut-off, and PayFlow writes back its payroll ID for each employee. Payroll journals are posted to your accounting system.",
      "PayFlow übernimmt Lohnabrechnung, Gehaltsnachweise und gesetzliche Meldungen für Mitarbeitende in ganz Europa. Stammdaten, Gehälter, Abwesenheiten und Arbeitszeiten werden vor jedem Stichtag automatisch importiert, und PayFlow schreibt seine Abrechnungs-ID pro Person zurück. Lohnjournale werden in Ihre Buchhaltung gebucht.",
    ),
    pricing: { model: "paid", note: t("From €6 per payslip; volume discounts from 250 employees.", "Ab 6 € pro Gehaltsabrechnung; Mengenrabatt ab 250 Mitarbeitenden.") },
    permissions: [...read("first_name", "last_name", "email", "personal_email", "position", "department", "office", "employment_type", "status", "hire_date", "termination_date", "salary", "bank_details", "absences", "working_hours"), ...write("external_account_id")],
    setupSteps: partnerSteps(
      t("Sign the PayFlow service agreement and receive access to your PayFlow workspace.", "Unterzeichnen Sie den PayFlow-Servicevertrag und erhalten Sie Zugang zu Ihrem PayFlow-Workspace."),
      t("Run the first import and approve the data check with your PayFlow payroll specialist.", "Führen Sie den ersten Import aus und geben Sie die Datenprüfung mit Ihrer PayFlow-Ansprechperson frei."),
      t("In PayFlow, open Integrations → HR system and paste the credentials.", "Öffnen Sie in PayFlow Integrationen → HR-System und fügen Sie die Zugangsdaten ein."),
    ),
    logo: "/logos/payflow-payroll.svg",
    connector: { kind: "partner" },
    monitoring: false,
    publishedAt: "2022-04-04",
  },
  {
    slug: "payflow-contractors",
    name: "PayFlow Global Contractors",
    ...partner("payflow"),
    categories: ["payroll", "expenses"],
    summary: t(
      "Contracts, invoices and payouts for freelancers in 40+ countries, linked to your people data.",
      "Verträge, Rechnungen und Auszahlungen für Freelancer in über 40 Ländern, verknüpft mit Ihren Personaldaten.",
    ),
    description: t(
      "Manage contractors next to employees: PayFlow creates locally compliant contracts, collects invoices and pays out in the contractor's currency. Contractors you add in HR are created in PayFlow automatically, and end dates close their contracts. Expenses submitted by contractors are reimbursed with the next payout.",
      "Verwalten Sie Freelancer neben Festangestellten: PayFlow erstellt lokal rechtssichere Verträge, sammelt Rechnungen ein und zahlt in der Währung der Freelancer aus. In HR angelegte Freelancer werden automatisch in PayFlow erstellt, Enddaten beenden ihre Verträge. Eingereichte Auslagen werden mit der nächsten Auszahlung erstattet.",
    ),
    pricing: { model: "paid", note: t("€29 per active contractor and month.", "29 € pro aktivem Freelancer und Monat.") },
    permissions: [...read("first_name", "last_name", "email", "personal_email", "position", "department", "employment_type", "status", "hire_date", "termination_date", "bank_details"), ...write("external_account_id")],
    setupSteps: partnerSteps(
      t("Activate Global Contractors in your PayFlow account.", "Aktivieren Sie Global Contractors in Ihrem PayFlow-Konto."),
      t("Paste the credentials in PayFlow and select which employment types count as contractors.", "Fügen Sie die Zugangsdaten in PayFlow ein und wählen Sie, welche Beschäftigungsarten als Freelancer gelten."),
    ),
    logo: "/logos/payflow-contractors.svg",
    connector: { kind: "partner" },
    monitoring: false,
    publishedAt: "2024-10-15",
  },
  {
    slug: "payflow-earned-wage-access",
    name: "PayFlow Earned Wage Access",
    ...partner("payflow"),
    categories: ["payroll", "benefits"],
    summary: t(
      "Let employees draw part of their already earned pay before payday, at no cost to you.",
      "Mitarbeitende können einen Teil ihres bereits verdienten Lohns vor dem Zahltag abrufen – ohne Kosten für Sie.",
    ),
    description: t(
      "PayFlow calculates how much each employee has earned so far this month from salary, working hours and absences, and lets them withdraw up to half of it in the app. Withdrawals are deducted automatically in the next payroll run. A financial-wellbeing benefit that needs no changes to your payroll process.",
      "PayFlow berechnet aus Gehalt, Arbeitszeit und Abwesenheiten, wie viel jede Person in diesem Monat bereits verdient hat, und ermöglicht die Auszahlung von bis zu der Hälfte per App. Abrufe werden in der nächsten Abrechnung automatisch verrechnet. Ein Benefit für finanzielles Wohlbefinden ohne Änderungen an Ihrem Lohnprozess.",
    ),
    pricing: { model: "free", note: t("Free for employers; employees pay €1.50 per early payout.", "Für Arbeitgeber kostenlos; Mitarbeitende zahlen 1,50 € pro vorzeitiger Auszahlung.") },
    permissions: read("first_name", "last_name", "email", "employment_type", "status", "termination_date", "salary", "bank_details", "absences", "working_hours"),
    setupSteps: partnerSteps(
      t("Request activation from your PayFlow account manager.", "Beantragen Sie die Aktivierung bei Ihrer PayFlow-Ansprechperson."),
      t("Paste the credentials in PayFlow and invite employees to the PayFlow app.", "Fügen Sie die Zugangsdaten in PayFlow ein und laden Sie Mitarbeitende in die PayFlow-App ein."),
    ),
    logo: "/logos/payflow-earned-wage-access.svg",
    connector: { kind: "partner" },
    monitoring: false,
    publishedAt: "2026-04-13",
  },
  {
    slug: "lohnkontor-payroll-service",
    name: "Lohnkontor Payroll Service",
    ...partner("lohnkontor"),
    categories: ["payroll"],
    summary: t(
      "Outsource German payroll to certified payroll accountants who work directly from your HR data.",
      "Lagern Sie die Lohnabrechnung an zertifizierte Lohnbuchhalter aus, die direkt mit Ihren HR-Daten arbeiten.",
    ),
    description: t(
      "Lohnkontor's payroll team handles monthly payroll, social-security notifications and year-end reporting for German companies with 10 to 500 employees. Instead of emailing change lists, they read new hires, salary changes and absences directly from your HR system. You approve the payroll preview in the Lohnkontor portal.",
      "Das Lohnteam von Lohnkontor übernimmt monatliche Abrechnung, SV-Meldungen und Jahresabschlussarbeiten für deutsche Unternehmen mit 10 bis 500 Mitarbeitenden. Statt Änderungslisten per E-Mail liest es Eintritte, Gehaltsänderungen und Abwesenheiten direkt aus Ihrem HR-System. Die Abrechnungsvorschau geben Sie im Lohnkontor-Portal frei.",
    ),
    pricing: { model: "on_request", note: t("Fixed monthly fee based on headcount; quote within two working days.", "Feste Monatspauschale nach Mitarbeiterzahl; Angebot innerhalb von zwei Werktagen.") },
    permissions: read("first_name", "last_name", "email", "position", "department", "employment_type", "status", "hire_date", "termination_date", "salary", "bank_details", "absences", "working_hours"),
    setupSteps: partnerSteps(
      t("Request a quote and sign the order-processing agreement with Lohnkontor.", "Fordern Sie ein Angebot an und schließen Sie mit Lohnkontor den Auftragsverarbeitungsvertrag ab."),
      t("Send the credentials to your Lohnkontor contact through the secure upload in their portal.", "Übermitteln Sie die Zugangsdaten über den sicheren Upload im Lohnkontor-Portal an Ihre Ansprechperson."),
    ),
    logo: "/logos/lohnkontor-payroll-service.svg",
    connector: { kind: "partner" },
    monitoring: false,
    publishedAt: "2023-01-23",
  },
];
