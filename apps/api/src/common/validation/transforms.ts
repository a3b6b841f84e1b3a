/** class-transformer functions the request DTOs share. */
type Input = { value: unknown };

/** Surrounding spaces never count: "  Pat " is "Pat". */
export const trim = ({ value }: Input) => (typeof value === 'string' ? value.trim() : value);

/** An optional text left blank is no text. */
export const emptyToNull = ({ value }: Input) => (typeof value === 'string' ? value.trim() || null : value);

/** A query parameter "a,b" as ["a", "b"]; a repeated parameter already arrives as an array. */
export const commaList = ({ value }: Input) => (typeof value === 'string' ? value.split(',').filter(Boolean) : value);
