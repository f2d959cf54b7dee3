/**
 * Labelled form controls for the submission form. Each one names its message
 * with aria-describedby and marks itself aria-invalid, so a screen reader
 * reads the problem with the field; hints stay visible, not placeholders.
 */
import { useId, type ReactNode } from 'react';
import { useWords, Words } from './words.tsx';

export interface FieldState {
  /** The message shown beside the field, if it has a problem and the volunteer has been there. */
  error?: string;
  /** Marks the field as visited, so its message may show. */
  onVisit: () => void;
}

function Message({ id, error }: { id: string; error?: string }) {
  return error ? (
    <p className="submit-error" id={id}>
      {error}
    </p>
  ) : null;
}

function Hint({ id, hint }: { id: string; hint?: ReactNode }) {
  return hint ? (
    <p className="submit-hint" id={id}>
      {typeof hint === 'string' ? <Words text={hint} /> : hint}
    </p>
  ) : null;
}

/** Text as a literal part of a regular expression: English writes its notes in ' (' and ')'. */
function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A parenthesis that says a field may be left empty, such as （任意） or （任意・公開しません）. */
function optionalNote({ open, close, optional }: { open: string; close: string; optional: string }): RegExp {
  const [o, c] = [escaped(open), escaped(close)];
  // Inside the note, neither parenthesis (trimmed: English opens with a space).
  const inside = `[^${escaped(open.trim())}${escaped(close.trim())}]*`;
  return new RegExp(`${o}${inside}${escaped(optional)}${inside}${c}`, 'g');
}

/**
 * A label or legend as written, with （任意） notes and the （必須） mark in
 * one quieter style, so both read as notes about the field, not its name.
 */
function LabelText({ text, required }: { text: string; required?: boolean }) {
  const { marks } = useWords().submit;
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(optionalNote(marks))) {
    parts.push(<Words key={`t${last}`} text={text.slice(last, match.index)} />);
    parts.push(
      <span className="submit-marker" key={match.index}>
        <Words text={match[0]} />
      </span>,
    );
    last = match.index + match[0].length;
  }
  parts.push(<Words key={`t${last}`} text={text.slice(last)} />);
  return (
    <>
      {parts}
      {required ? (
        <span className="submit-marker">
          <Words text={marks.required} />
        </span>
      ) : null}
    </>
  );
}

function describedBy(hintId: string, errorId: string, hint: unknown, error: unknown): string | undefined {
  return [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
}

export function TextField(
  props: FieldState & {
    name: string;
    label: string;
    value: string;
    onChange: (value: string) => void;
    hint?: ReactNode;
    required?: boolean;
    multiline?: boolean;
    type?: 'text' | 'tel' | 'email' | 'url' | 'date' | 'time';
    inputMode?: 'text' | 'decimal' | 'numeric' | 'tel' | 'email' | 'url';
    autoComplete?: string;
    rows?: number;
    readOnly?: boolean;
    /** The language the value is typed in, when not Japanese: spell-checkers and screen readers follow it. */
    lang?: string;
  },
) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const common = {
    id,
    name: props.name,
    value: props.value,
    'aria-invalid': props.error ? true : undefined,
    'aria-describedby': describedBy(hintId, errorId, props.hint, props.error),
    'aria-required': props.required || undefined,
    'data-field': props.name,
    readOnly: props.readOnly,
    lang: props.lang,
    onBlur: props.onVisit,
  };
  return (
    <div className="submit-field">
      <label htmlFor={id}>
        <LabelText text={props.label} required={props.required} />
      </label>
      <Hint id={hintId} hint={props.hint} />
      {props.multiline ? (
        <textarea {...common} rows={props.rows ?? 4} onChange={(e) => props.onChange(e.target.value)} />
      ) : (
        <input
          {...common}
          type={props.type ?? 'text'}
          inputMode={props.inputMode}
          autoComplete={props.autoComplete ?? 'off'}
          onChange={(e) => props.onChange(e.target.value)}
        />
      )}
      <Message id={errorId} error={props.error} />
    </div>
  );
}

export interface Option<T extends string> {
  value: T;
  label: string;
  hint?: string;
}

/** The fieldset around a group of choices: legend, hint and message, described for screen readers. */
function ChoicesFieldset(
  props: FieldState & {
    id: string;
    name: string;
    legend: string;
    hint?: ReactNode;
    required?: boolean;
    inline?: boolean;
    children: ReactNode;
  },
) {
  const { id } = props;
  return (
    <fieldset
      className={`submit-field submit-choices${props.inline ? ' submit-choices--inline' : ''}`}
      data-field={props.name}
      aria-describedby={describedBy(`${id}-hint`, `${id}-error`, props.hint, props.error)}
      aria-invalid={props.error ? true : undefined}
    >
      <legend>
        <LabelText text={props.legend} required={props.required} />
      </legend>
      <Hint id={`${id}-hint`} hint={props.hint} />
      {props.children}
      <Message id={`${id}-error`} error={props.error} />
    </fieldset>
  );
}

/** Radio buttons in a fieldset: one of a few choices. */
export function ChoiceGroup<T extends string>(
  props: FieldState & {
    name: string;
    legend: string;
    options: ReadonlyArray<Option<T>>;
    value: T | '';
    onChange: (value: T) => void;
    hint?: ReactNode;
    required?: boolean;
  },
) {
  const id = useId();
  return (
    <ChoicesFieldset {...props} id={id}>
      {props.options.map((option, index) => (
        <div key={option.value} className="submit-choice-wrap">
          <label className="submit-choice">
            <input
              type="radio"
              name={`${props.name}-${id}`}
              value={option.value}
              checked={props.value === option.value}
              aria-describedby={option.hint ? `${id}-option-${index}` : undefined}
              onChange={() => props.onChange(option.value)}
              onBlur={props.onVisit}
            />
            <span>
              <Words text={option.label} />
            </span>
          </label>
          {option.hint ? (
            <p className="submit-choice__hint" id={`${id}-option-${index}`}>
              <Words text={option.hint} />
            </p>
          ) : null}
        </div>
      ))}
    </ChoicesFieldset>
  );
}

/** Checkboxes in a fieldset: any of several choices. */
export function CheckboxGroup<T extends string | number>(
  props: FieldState & {
    name: string;
    legend: string;
    options: ReadonlyArray<{ value: T; label: string }>;
    values: readonly T[];
    onChange: (values: T[]) => void;
    hint?: ReactNode;
    required?: boolean;
    inline?: boolean;
  },
) {
  const id = useId();
  const toggle = (value: T, on: boolean) => {
    const next = props.options.map((o) => o.value).filter((v) => (v === value ? on : props.values.includes(v)));
    props.onChange(next);
  };
  return (
    <ChoicesFieldset {...props} id={id}>
      {props.options.map((option) => (
        <label key={String(option.value)} className="submit-choice">
          <input
            type="checkbox"
            value={String(option.value)}
            checked={props.values.includes(option.value)}
            onChange={(e) => toggle(option.value, e.target.checked)}
            onBlur={props.onVisit}
          />
          <span>
            <Words text={option.label} />
          </span>
        </label>
      ))}
    </ChoicesFieldset>
  );
}

/** A single yes/no checkbox. */
export function Checkbox(props: {
  name: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: string;
}) {
  const id = useId();
  return (
    <div className="submit-field submit-checkbox" data-field={props.name}>
      <label className="submit-choice">
        <input
          type="checkbox"
          checked={props.checked}
          aria-describedby={props.hint ? `${id}-hint` : undefined}
          onChange={(e) => props.onChange(e.target.checked)}
        />
        <span>
          <Words text={props.label} />
        </span>
      </label>
      {props.hint ? (
        <p className="submit-hint" id={`${id}-hint`}>
          <Words text={props.hint} />
        </p>
      ) : null}
    </div>
  );
}

/** Vocabulary labels as options, in the vocabulary's order. */
export function optionsOf<T extends string>(labels: Record<T, string>): Array<Option<T>> {
  return (Object.entries(labels) as Array<[T, string]>).map(([value, label]) => ({ value, label }));
}
