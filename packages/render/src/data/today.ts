/** The date vacancies and pledges are judged on when a widget gives none: today, as the elements judge them. */
export const today = (): string => new Date().toISOString().slice(0, 10);
