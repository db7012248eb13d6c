import {
  type CSSVariablesResolver,
  createTheme,
  defaultVariantColorsResolver,
  type MantineColorsTuple,
  parseThemeColor,
  type VariantColorsResolver,
} from '@mantine/core';

/**
 * A dark teal chosen for contrast: the filled shade (7) has 7.6:1 against white text, the light
 * variant (shade 9 on shade 1) 10:1, links (shade 7 on white) 7.6:1. All pass WCAG AA and AAA.
 */
const habeas: MantineColorsTuple = [
  '#e7f5f3',
  '#cce9e5',
  '#9dd3cc',
  '#69bbb1',
  '#3fa398',
  '#258a80',
  '#19736b',
  '#125e58',
  '#0c4a45',
  '#073632',
];

/**
 * Mantine 9.7.3 draws a `light` badge or button whose colour names a shade ("red.9") with that
 * shade as its BACKGROUND under text of the same colour (1:1, unreadable). For a shaded colour
 * we use the colour's light tint as the background and the shade for the text (>= 7:1); a
 * `subtle` one got a lighter red than asked (3.3:1).
 */
/** Colours whose darkest shade is still too light for small text on their own tint (< 4.5:1). */
const PALE_COLOURS = new Set(['orange', 'yellow', 'lime', 'green', 'teal']);

const variantColorResolver: VariantColorsResolver = (input) => {
  const defaults = defaultVariantColorsResolver(input);
  if ((input.variant !== 'light' && input.variant !== 'subtle') || !input.color) return defaults;
  const parsed = parseThemeColor({ color: input.color, theme: input.theme });
  if (!parsed.isThemeColor || parsed.shade === undefined || !parsed.color) return defaults;
  // `subtle` (text-only buttons) shows the shade asked for, not Mantine's lighter default.
  if (input.variant === 'subtle') {
    return { ...defaults, color: `var(--mantine-color-${parsed.color}-${Math.max(parsed.shade, 8)})` };
  }
  return {
    ...defaults,
    background: `var(--mantine-color-${parsed.color}-light)`,
    hover: `var(--mantine-color-${parsed.color}-light-hover)`,
    color: PALE_COLOURS.has(parsed.color)
      ? 'var(--mantine-color-black)'
      : `var(--mantine-color-${parsed.color}-${Math.max(parsed.shade, 8)})`,
    border: `1px solid var(--mantine-color-${parsed.color}-${Math.max(parsed.shade, 8)})`,
  };
};

export const theme = createTheme({
  variantColorResolver,
  primaryColor: 'habeas',
  primaryShade: { light: 7, dark: 5 },
  colors: { habeas },
  defaultRadius: 'sm',
  cursorType: 'pointer',
  focusRing: 'auto',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
});

/**
 * Mantine's default "dimmed" (gray 6, 3.3:1) and placeholder (gray 5, 2.1:1) greys fail WCAG AA on
 * white; #5c636a has 6.1:1. Pages should still not rely on dimmed text for anything important.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': '#5c636a',
    '--mantine-color-placeholder': '#5c636a',
  },
  dark: {},
});
