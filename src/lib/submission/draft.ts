/**
 * What a volunteer fills in on `/submit/`, in the shape a form edits. The
 * shapes live in draft-types.ts and each field's particulars in
 * field-catalogue.ts; this module is what the form and the scripts import.
 */
export * from './draft-types.ts';
export { FORM_KEYS, emptyDraft } from './field-catalogue.ts';
