import { expect, type Locator } from '@playwright/test';

/**
 * The WCAG contrast ratio between an element's text colour and the background it is drawn on (the
 * nearest opaque background of it or its ancestors). Plain colours only: no gradients or images.
 */
export async function textContrast(
  target: Locator,
): Promise<{ ratio: number; color: string; background: string }> {
  return target.evaluate((el) => {
    const parse = (css: string) => {
      const channels = css
        .match(/rgba?\(([^)]+)\)/)?.[1]
        ?.split(/[ ,/]+/)
        .filter(Boolean)
        .map(Number);
      if (!channels || channels.length < 3) return null;
      const [r = 0, g = 0, b = 0, a = 1] = channels;
      return { r, g, b, a };
    };
    const luminance = ({ r, g, b }: { r: number; g: number; b: number }) => {
      const lin = (c: number) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    const colorCss = getComputedStyle(el).color;
    let backgroundCss = 'rgb(255, 255, 255)';
    for (let node: Element | null = el; node; node = node.parentElement) {
      const bg = getComputedStyle(node).backgroundColor;
      const parsed = parse(bg);
      if (parsed && parsed.a >= 1) {
        backgroundCss = bg;
        break;
      }
    }
    const fg = parse(colorCss) ?? { r: 0, g: 0, b: 0, a: 1 };
    const bg = parse(backgroundCss) ?? { r: 255, g: 255, b: 255, a: 1 };
    const [one, other] = [luminance(fg), luminance(bg)];
    const ratio = (Math.max(one, other) + 0.05) / (Math.min(one, other) + 0.05);
    return { ratio, color: colorCss, background: backgroundCss };
  });
}

/** The text can be read: at least 4.5:1 against its background (WCAG AA for normal text). */
export async function expectLegible(target: Locator, minimum = 4.5): Promise<void> {
  const { ratio, color, background } = await textContrast(target);
  expect(ratio, `contrast of ${color} on ${background}`).toBeGreaterThanOrEqual(minimum);
}
