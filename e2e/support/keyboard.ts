import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Presses Tab (or Shift+Tab) until `target` has the focus, as a keyboard user would; fails after
 * `max` presses. Returns how many presses it took.
 */
export async function tabTo(page: Page, target: Locator, { max = 40, back = false } = {}): Promise<number> {
  await expect(target).toBeVisible();
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return presses;
  }
  const focused = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 200));
  throw new Error(`${target} not reached with ${max} presses of Tab; the focus is on ${focused}`);
}

/** The element has the focus and shows it (:focus-visible with an outline), not only programmatically. */
export async function expectVisibleFocus(target: Locator): Promise<void> {
  await expect(target).toBeFocused();
  const ring = await target.evaluate((el) => {
    const style = getComputedStyle(el);
    return {
      focusVisible: el.matches(':focus-visible'),
      outline: style.outlineStyle,
      width: style.outlineWidth,
    };
  });
  expect(ring.focusVisible, 'matches :focus-visible').toBe(true);
  expect(ring.outline, 'has a focus outline').not.toBe('none');
  expect(ring.width).not.toBe('0px');
}
