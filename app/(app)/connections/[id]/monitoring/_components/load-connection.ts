import { notFound } from "next/navigation";
import { AppError } from "@/lib/errors";

/** Turns the lib's "not found" into the page's 404. */
export async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}
