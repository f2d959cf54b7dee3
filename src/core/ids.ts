/** A listing or school id: the file name, also used in URLs. Zod-free, so browser code can use it. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
