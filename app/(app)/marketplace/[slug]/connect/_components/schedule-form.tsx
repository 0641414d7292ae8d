"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { ConnectionSchedule } from "@/db/schema";
import { LEAVER_POLICIES } from "@/lib/connections/settings";
import { saveScheduleAction } from "../actions";
import { FieldError, FormError, StepButtons, StepHidden } from "./form-parts";
import { useStepAction } from "./use-step-action";

const TIMEZONES = ["Europe/Berlin", "Europe/London", "Europe/Madrid", "Europe/Amsterdam", "Europe/Vienna", "Europe/Zurich", "UTC", "America/New_York"];

type Props = {
  connectionId: string;
  mode: "wizard" | "edit";
  schedule: ConnectionSchedule;
  leaverPolicy: (typeof LEAVER_POLICIES)[number] | null;
  syncOnEmployeeChange: boolean;
  backHref?: string | null;
};

/** When to sync (every 30 minutes by default, hourly, or daily at a time) and what happens to leavers. */
export function ScheduleForm({ connectionId, mode, schedule, leaverPolicy, syncOnEmployeeChange, backHref }: Props) {
  const t = useTranslations("wizard.schedule");
  const { onSubmit, dispatch, pending, data, error, fieldErrors } = useStepAction(saveScheduleAction);
  const initial = schedule.kind === "daily" ? "daily" : schedule.minutes === 60 ? "60" : "30";
  const [frequency, setFrequency] = useState(initial);
  const timezones = schedule.kind === "daily" && !TIMEZONES.includes(schedule.timezone) ? [schedule.timezone, ...TIMEZONES] : TIMEZONES;
  const input = "mt-1 block rounded-md border border-slate-300 px-3 py-2 text-sm shadow-sm focus:outline-none focus:ring-2 focus:ring-indigo-500";
  return (
    <form action={dispatch} onSubmit={onSubmit} noValidate>
      <FormError error={error} />
      <StepHidden connectionId={connectionId} mode={mode} />
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">{t("frequencyLegend")}</legend>
        <div className="mt-2 space-y-2">
          {([["30", t("every30")], ["60", t("hourly")], ["daily", t("daily")]] as const).map(([value, label]) => (
            <label key={value} className="flex items-center gap-2 text-sm">
              <input type="radio" name="frequency" value={value} checked={frequency === value} onChange={() => setFrequency(value)} className="h-4 w-4 border-slate-300 text-indigo-600" />
              {label}
            </label>
          ))}
        </div>
        <div className="ml-6 mt-2 flex flex-wrap gap-4">
          <div>
            <label htmlFor="time" className="block text-sm text-slate-700">{t("time")}</label>
            <input id="time" name="time" type="time" disabled={frequency !== "daily"} defaultValue={schedule.kind === "daily" ? schedule.time : "06:00"}
              aria-invalid={fieldErrors.time ? true : undefined} aria-describedby={fieldErrors.time ? "time-error" : undefined} className={input} />
            <FieldError id="time-error" error={fieldErrors.time} />
          </div>
          <div>
            <label htmlFor="timezone" className="block text-sm text-slate-700">{t("timezone")}</label>
            <select id="timezone" name="timezone" disabled={frequency !== "daily"} defaultValue={schedule.kind === "daily" ? schedule.timezone : "Europe/Berlin"}
              aria-invalid={fieldErrors.timezone ? true : undefined} aria-describedby={fieldErrors.timezone ? "timezone-error" : undefined} className={input}>
              {timezones.map((zone) => (
                <option key={zone} value={zone}>{zone}</option>
              ))}
            </select>
            <FieldError id="timezone-error" error={fieldErrors.timezone} />
          </div>
        </div>
      </fieldset>
      {leaverPolicy ? (
        <fieldset className="mt-6">
          <legend className="text-sm font-medium text-slate-800">{t("leaverLegend")}</legend>
          <div className="mt-2 space-y-2">
            {LEAVER_POLICIES.map((policy) => (
              <label key={policy} className="flex items-center gap-2 text-sm">
                <input type="radio" name="leaverPolicy" value={policy} defaultChecked={leaverPolicy === policy} className="h-4 w-4 border-slate-300 text-indigo-600" />
                {t(`leaver.${policy}`)}
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
      <label className="mt-6 flex items-center gap-2 text-sm">
        <input type="checkbox" name="syncOnEmployeeChange" defaultChecked={syncOnEmployeeChange} className="h-4 w-4 rounded border-slate-300 text-indigo-600" />
        {t("syncOnEmployeeChange")}
      </label>
      <StepButtons mode={mode} backHref={backHref} pending={pending} saved={data?.saved} />
    </form>
  );
}
