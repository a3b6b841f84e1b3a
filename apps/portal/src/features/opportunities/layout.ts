import { rem } from '@mantine/core';

/** Mantine's `sm` breakpoint, as the app layout uses it: below it, a phone. */
export const PHONE_QUERY = '(max-width: 47.99em)';

/**
 * Below Mantine's `md` breakpoint the app's navbar leaves too little width for a filter column
 * beside the results (phones, and tablets held upright): the filters open in a drawer instead.
 */
export const NARROW_QUERY = '(max-width: 61.99em)';

/**
 * What people tap here is at least 44px high (WCAG 2.5.5): many use a small phone. Mantine's
 * md inputs and buttons are 42px.
 */
export const TOUCH_SIZE = rem(44);

/** For Mantine inputs' `styles`. */
export const TOUCH_INPUT_STYLES = { input: { minHeight: TOUCH_SIZE } } as const;

/** For Checkbox and Radio `styles`: the whole 44px-high label row takes the tap. */
export const TOUCH_CHOICE_STYLES = {
  body: { alignItems: 'center' },
  label: { minHeight: TOUCH_SIZE, display: 'flex', alignItems: 'center' },
} as const;

/**
 * For a heading that takes focus when a page or a page of results loads: it is not something to
 * act on, so like <main> (global.css) it shows no ring.
 */
export const FOCUSED_HEADING_STYLE = { outline: 'none' } as const;
