/**
 * The quiz page: picks a round of questions per section, marks each answer
 * right or wrong with the entry that explains it, keeps a score. Nothing
 * leaves the page.
 */

const shuffled = <T>(items: T[]): T[] => {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
};

const questions = () => [...document.querySelectorAll<HTMLElement>('[data-question]')];

function reset(question: HTMLElement): void {
  for (const input of question.querySelectorAll<HTMLInputElement>('input')) input.checked = false;
  for (const label of question.querySelectorAll('.quiz-option')) label.classList.remove('is-right', 'is-wrong');
  question.querySelector('[data-feedback]')!.replaceChildren();
  delete question.dataset.result;
}

/** Shows a random round per section; the rest stay hidden until the next round. */
function newRound(): void {
  for (const section of document.querySelectorAll<HTMLElement>('[data-quiz-section]')) {
    const items = [...section.querySelectorAll<HTMLElement>('[data-question]')];
    const chosen = new Set(shuffled(items).slice(0, Number(section.dataset.round)));
    for (const item of items) {
      reset(item);
      item.hidden = !chosen.has(item);
    }
  }
  updateScore();
}

/** After a new round the reader starts again at question one: scrolled to it, with focus on it for keyboards and screen readers. */
function showFirstQuestion(): void {
  const first = questions().find((q) => !q.hidden);
  if (!first) return;
  first.tabIndex = -1;
  // Just below the sticky score bar, which itself sticks below the phone header: where it sticks and its height depend on the screen width.
  const bar = document.querySelector<HTMLElement>('[data-quiz-bar]')!;
  const barBottom = (parseFloat(getComputedStyle(bar).top) || 0) + bar.offsetHeight;
  window.scrollTo({ top: first.getBoundingClientRect().top + window.scrollY - barBottom - 8 });
  first.focus({ preventScroll: true });
}

function updateScore(): void {
  const shown = questions().filter((q) => !q.hidden);
  const answered = shown.filter((q) => q.dataset.result);
  const right = answered.filter((q) => q.dataset.result === 'right');
  document.querySelector('[data-quiz-score]')!.textContent = `共 ${shown.length} 题，已答 ${answered.length} 题，答对 ${right.length} 题。`;
}

function mark(question: HTMLElement, chosen: number): void {
  const answer = Number(question.dataset.answer);
  const options = [...question.querySelectorAll('.quiz-option')];
  options.forEach((label, i) => {
    label.classList.toggle('is-right', i === answer);
    label.classList.toggle('is-wrong', i === chosen && i !== answer);
  });
  question.dataset.result = chosen === answer ? 'right' : 'wrong';
  // The same words and link as the no-script 「看答案」.
  const explanation = question.querySelector('[data-answer-details] p')!.cloneNode(true);
  question.querySelector('[data-feedback]')!.replaceChildren(chosen === answer ? '✓ 答对了：' : '✗ 不对。正确答案：', ...explanation.childNodes);
  updateScore();
}

export function runQuiz(): void {
  // With scripts, answers show when chosen; the no-script 「看答案」 would be redundant.
  for (const details of document.querySelectorAll<HTMLElement>('[data-answer-details]')) details.hidden = true;
  document.querySelector<HTMLElement>('[data-quiz-bar]')!.hidden = false;
  document.addEventListener('change', (event) => {
    const input = event.target as HTMLInputElement;
    const question = input.closest<HTMLElement>('[data-question]');
    if (question && input.type === 'radio') mark(question, Number(input.value));
  });
  document.querySelector('[data-quiz-reshuffle]')!.addEventListener('click', () => {
    newRound();
    showFirstQuestion();
  });
  newRound();
}
