/**
 * Reviewing saved words with FSRS (ts-fsrs, the maintained implementation of the Free Spaced
 * Repetition Scheduler; docs/learning.md, "Review", says why). Pure over the notebook's storage:
 * which words are due, what each grade would schedule, and recording a grade.
 *
 * Whole days only: `enable_short_term: false` turns off FSRS's minute-long learning steps, so a word is
 * shown once per session and comes back on a later day (Again: tomorrow). A word is due on the day its
 * schedule names, from the start of that day in the reader's time zone, so a word due "tomorrow at
 * 15:00" is there when they open the page tomorrow morning.
 */
import { type Card, createEmptyCard, fsrs, generatorParameters, type Grade, Rating } from "ts-fsrs";
import {
  entryId,
  type NotebookEntry,
  type NotebookStorage,
  type NotebookStore,
  type ReviewState,
  setReview,
} from "./notebook";

const scheduler = fsrs(
  generatorParameters({ enable_short_term: false, enable_fuzz: false, request_retention: 0.9 }),
);

/** The four grades, as the keys 1–4 press them. */
export const GRADES = [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy] as const;
export type ReviewGrade = (typeof GRADES)[number];
export const GRADE_NAMES = { 1: "again", 2: "hard", 3: "good", 4: "easy" } as const;

function toCard(review: ReviewState | undefined, savedAt: string): Card {
  if (!review) return createEmptyCard(new Date(savedAt));
  return {
    due: new Date(review.due),
    stability: review.stability,
    difficulty: review.difficulty,
    elapsed_days: review.elapsedDays,
    scheduled_days: review.scheduledDays,
    learning_steps: review.learningSteps,
    reps: review.reps,
    lapses: review.lapses,
    state: review.state,
    last_review: review.lastReview ? new Date(review.lastReview) : undefined,
  };
}

function fromCard(card: Card): ReviewState {
  return {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    ...(card.last_review ? { lastReview: card.last_review.toISOString() } : {}),
  };
}

/** The end of the reader's day: what is due by then is due today. */
function endOfDay(now: Date): Date {
  const end = new Date(now);
  end.setHours(23, 59, 59, 999);
  return end;
}

/** When a saved word is next due (a never-reviewed word: when it was saved). */
export function dueDate(store: Pick<NotebookStore, "reviews">, entry: NotebookEntry): Date {
  const review = store.reviews[entryId(entry)];
  return new Date(review?.due ?? entry.savedAt);
}

/**
 * Words due today: those due earliest first, never-reviewed words after them in the order they were
 * saved (oldest first), so a reader meets words again before new ones.
 */
export function dueToday(
  store: Pick<NotebookStore, "entries" | "reviews">,
  now: Date,
): NotebookEntry[] {
  const end = endOfDay(now).getTime();
  const reviewed = (entry: NotebookEntry) => store.reviews[entryId(entry)] !== undefined;
  return store.entries
    .filter((entry) => dueDate(store, entry).getTime() <= end)
    .sort(
      (a, b) =>
        Number(reviewed(b)) - Number(reviewed(a)) ||
        dueDate(store, a).getTime() - dueDate(store, b).getTime(),
    );
}

/** The earliest day after today on which some word is due, if any (for "next review on …"). */
export function nextDue(
  store: Pick<NotebookStore, "entries" | "reviews">,
  now: Date,
): Date | undefined {
  const end = endOfDay(now).getTime();
  const later = store.entries
    .map((entry) => dueDate(store, entry))
    .filter((date) => date.getTime() > end)
    .sort((a, b) => a.getTime() - b.getTime());
  return later[0];
}

/** What each grade would schedule for a word, as whole days from now (shown on the grade buttons). */
export function intervals(
  store: Pick<NotebookStore, "reviews">,
  entry: NotebookEntry,
  now: Date,
): Record<ReviewGrade, number> {
  const preview = scheduler.repeat(toCard(store.reviews[entryId(entry)], entry.savedAt), now);
  return Object.fromEntries(
    GRADES.map((grade) => [grade, preview[grade as Grade].card.scheduled_days]),
  ) as Record<ReviewGrade, number>;
}

/** Records a grade for a saved word; returns its new schedule, or undefined if storage refused it. */
export function gradeWord(
  storage: NotebookStorage,
  store: Pick<NotebookStore, "reviews">,
  entry: NotebookEntry,
  grade: ReviewGrade,
  now: Date,
): ReviewState | undefined {
  const { card } = scheduler.next(toCard(store.reviews[entryId(entry)], entry.savedAt), now, grade);
  const review = fromCard(card);
  return setReview(storage, entryId(entry), review) ? review : undefined;
}
