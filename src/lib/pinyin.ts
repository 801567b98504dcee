import { pinyin } from 'pinyin-pro';

/**
 * Pinyin search keys for an entry's names (title and aliases), computed at
 * build time and indexed invisibly, so a reader without a Chinese keyboard
 * finds 「红书包」 by `hongshubao` or `hsb`.
 *
 * For every name: the full pinyin and the initials of the whole name, and of
 * each run of Han characters in it (a name like 苏尼特右旗「红书包」 is also
 * reachable by its quoted part). Pagefind matches the start of a word, so
 * `hongshu` finds `hongshubao`; single characters are left out, they would
 * match everything.
 */
export function pinyinKeys(names: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const name of names) {
    const runs = name.match(/\p{Script=Han}+/gu) ?? [];
    const whole = runs.join('');
    for (const run of new Set([whole, ...runs])) {
      if (run.length < 2) continue;
      const syllables = pinyin(run, { toneType: 'none', type: 'array', v: true });
      keys.add(syllables.join('').toLowerCase());
      keys.add(syllables.map((s) => s[0]).join('').toLowerCase());
    }
  }
  return [...keys];
}
