import type { NewEmployee } from "../schema";
import { createRandom } from "./random";

const FIRST_NAMES = [
  "Anna", "Lukas", "Sofia", "Jonas", "Marie", "Felix", "Emma", "Paul", "Lea", "Maximilian", "Clara", "Elias",
  "Hannah", "Noah", "Lina", "Finn", "Mia", "Leon", "Ida", "Moritz", "Sophie", "Jakob", "Amélie", "Théo",
  "Camille", "Louis", "Chloé", "Hugo", "Giulia", "Lorenzo", "Chiara", "Matteo", "Lucía", "Pablo", "Carmen",
  "Javier", "Inês", "Tiago", "Saoirse", "Cian", "Aoife", "Oisín", "Freja", "Mads", "Astrid", "Lars", "Ingrid",
  "Sven", "Zofia", "Jakub", "Katarzyna", "Piotr", "Eva", "Tomáš", "Nikolaos", "Eleni", "Ruth", "Sander",
  "Fleur", "Daan", "Agnieszka", "Björn", "Åsa", "Joël", "Zoë", "Özlem", "Mehmet", "Ayşe", "Dragan", "Milena",
];
const LAST_NAMES = [
  "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Hoffmann", "Schäfer",
  "Koch", "Richter", "Klein", "Wolf", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann",
  "Dubois", "Lefèvre", "Moreau", "Laurent", "Rossi", "Russo", "Ferrari", "Esposito", "García", "Fernández",
  "López", "Martínez", "Silva", "Santos", "O'Brien", "Murphy", "Kelly", "Jensen", "Nielsen", "Hansen",
  "Andersson", "Johansson", "Nowak", "Kowalski", "Wiśniewski", "Novák", "Svoboda", "Papadopoulos", "de Vries",
  "van den Berg", "Janssen", "Bakker", "Nyström", "Virtanen", "Korhonen", "Horváth", "Kovačević", "Yılmaz",
];
const DEPARTMENTS = {
  Engineering: ["Software Engineer", "Senior Software Engineer", "Engineering Manager", "QA Engineer", "DevOps Engineer"],
  Product: ["Product Manager", "Product Designer", "UX Researcher"],
  Sales: ["Account Executive", "Sales Development Representative", "Sales Manager"],
  Marketing: ["Marketing Manager", "Content Marketer", "Performance Marketer"],
  "Customer Success": ["Customer Success Manager", "Support Specialist", "Onboarding Specialist"],
  Finance: ["Accountant", "Financial Analyst", "Payroll Specialist"],
  People: ["HR Business Partner", "Recruiter", "People Operations Specialist"],
  Operations: ["Office Manager", "IT Administrator", "Operations Analyst"],
} as const;
const OFFICES = ["Munich", "Berlin", "Madrid", "Dublin", "Amsterdam", "London"] as const;
const DEPARTMENT_NAMES = Object.keys(DEPARTMENTS) as (keyof typeof DEPARTMENTS)[];

function slugifyName(value: string): string {
  return value
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ß/g, "ss")
    .replace(/ø/g, "o")
    .replace(/ı/g, "i")
    .toLowerCase()
    .replace(/[^a-z]+/g, "");
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

/**
 * A deterministic, realistic company: European names, departments with heads,
 * offices, managers, leavers with past and future last days, and future hires.
 * `today` anchors the dates so leavers and hires stay relative to the seed day.
 */
export function generateEmployees(options: {
  organizationId: string;
  domain: string;
  count: number;
  seed: number;
  today?: Date;
}): NewEmployee[] {
  const random = createRandom(options.seed);
  const today = options.today ?? new Date();
  const usedEmails = new Set<string>();
  const rows: NewEmployee[] = [];

  for (let i = 0; i < options.count; i++) {
    const firstName = random.pick(FIRST_NAMES);
    const lastName = random.pick(LAST_NAMES);
    const department = i < DEPARTMENT_NAMES.length ? DEPARTMENT_NAMES[i] : random.pick(DEPARTMENT_NAMES);
    const isHead = i < DEPARTMENT_NAMES.length;
    let local = `${slugifyName(firstName)}.${slugifyName(lastName)}`;
    for (let n = 2; usedEmails.has(local); n++) local = `${slugifyName(firstName)}.${slugifyName(lastName)}${n}`;
    usedEmails.add(local);

    const hireDate = addDays(today, -random.int(30, 3000));
    const employmentType = random.chance(0.8) ? "full_time" : random.pick(["part_time", "contractor", "intern"] as const);
    rows.push({
      id: crypto.randomUUID(),
      organizationId: options.organizationId,
      employeeNumber: 1000 + i,
      firstName,
      lastName,
      email: `${local}@${options.domain}`,
      personalEmail: random.chance(0.6) ? `${local.replace(".", "")}${random.int(1, 99)}@mail.example` : null,
      phone: random.chance(0.7) ? `+49 89 ${random.int(1000000, 9999999)}` : null,
      position: isHead ? `Head of ${department}` : random.pick(DEPARTMENTS[department]),
      department,
      office: random.pick(OFFICES),
      employmentType,
      status: "active",
      hireDate: isoDate(hireDate),
      terminationDate: null,
    });
  }

  // Managers: department heads report to the first employee (CEO-like); everyone else to their head.
  const heads = new Map(rows.slice(0, DEPARTMENT_NAMES.length).map((row) => [row.department, row.id]));
  rows.forEach((row, index) => {
    if (index === 0) return;
    row.managerId = index < DEPARTMENT_NAMES.length ? rows[0].id : heads.get(row.department!);
  });

  // Leavers (past and future last days) and future hires, far from the heads.
  const tail = rows.slice(DEPARTMENT_NAMES.length);
  const leaversPast = tail.slice(0, 6);
  const leaversFuture = tail.slice(6, 10);
  const futureHires = tail.slice(10, 14);
  leaversPast.forEach((row, n) => {
    row.terminationDate = isoDate(addDays(today, -(10 + n * 20)));
    row.status = "inactive";
  });
  leaversFuture.forEach((row, n) => {
    row.terminationDate = isoDate(addDays(today, 7 + n * 14));
  });
  futureHires.forEach((row, n) => {
    row.hireDate = isoDate(addDays(today, 5 + n * 10));
    row.status = "onboarding";
  });
  return rows;
}
