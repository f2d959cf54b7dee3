/** The submission form (/submit/): steps, fields, hints, messages and the ways to send. */
export const submit = {} as const;
