"use client";

import { startTransition, useActionState, type FormEvent } from "react";
import type { ActionState } from "@/lib/auth/actions";

type Action<T> = (state: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;

/**
 * A step form's server action. Submitting through onSubmit keeps what the user typed
 * (React would reset the form after an action), so a failed test or a field error
 * loses nothing, secrets included, without ever echoing them back from the server.
 */
export function useStepAction<T>(action: Action<T>) {
  const [state, dispatch, pending] = useActionState<ActionState<T>, FormData>(action, null);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLElement | null;
    const formData = new FormData(event.currentTarget, submitter);
    startTransition(() => dispatch(formData));
  }
  return {
    dispatch,
    onSubmit,
    pending,
    data: state?.ok ? state.data : null,
    error: state && !state.ok ? state.error : null,
    fieldErrors: (state && !state.ok ? state.fieldErrors : undefined) ?? {},
  };
}
