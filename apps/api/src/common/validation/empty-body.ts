/**
 * The body of a command that takes no input. With the global whitelist, any field sent is
 * refused with 400 rather than ignored; an absent or empty body is fine.
 */
export class EmptyBodyDto {}
